package meridian.domain.abs.product;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;

/** An ABS product entity's state: nothing yet, or the product in one of its {@link Phase}s. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = AbsProductState.NotOriginated.class, name = "NotOriginated"),
        @JsonSubTypes.Type(value = AbsProduct.class, name = "AbsProduct")})
public sealed interface AbsProductState extends CborSerializable permits AbsProductState.NotOriginated, AbsProduct {

    /** The state's name, as refusals quote it. */
    String stateName();

    record NotOriginated() implements AbsProductState {
        @Override
        public String stateName() {
            return "NotOriginated";
        }
    }

    static AbsProductState initial() {
        return new NotOriginated();
    }
}

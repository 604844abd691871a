package meridian.domain.security;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;

/** The life of one security master entry: not yet listed, listed, delisted (it may be listed again). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = SecurityState.Unlisted.class, name = "Unlisted"),
        @JsonSubTypes.Type(value = SecurityState.Listed.class, name = "Listed"),
        @JsonSubTypes.Type(value = SecurityState.Delisted.class, name = "Delisted")})
public sealed interface SecurityState extends CborSerializable {

    String name();

    record Unlisted() implements SecurityState {
        @Override
        public String name() {
            return "Unlisted";
        }
    }

    record Listed(String tenant, Security security) implements SecurityState {
        @Override
        public String name() {
            return "Listed";
        }
    }

    record Delisted(String tenant, Security security) implements SecurityState {
        @Override
        public String name() {
            return "Delisted";
        }
    }

    static SecurityState initial() {
        return new Unlisted();
    }
}

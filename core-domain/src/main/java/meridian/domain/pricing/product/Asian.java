package meridian.domain.pricing.product;

import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.ProductType;

/** Arithmetic average A of the daily closes over the life: quantity × max(A − K, 0) (call) or max(K − A, 0) (put). */
public record Asian(ContractTerms terms, OptionType optionType, double strikePct) implements Product {
    public Asian {
        new Checks().required("terms", terms).required("optionType", optionType)
                .positive("strikePct", strikePct).throwIfAny();
    }

    @Override
    public ProductType type() {
        return ProductType.ASIAN;
    }
}

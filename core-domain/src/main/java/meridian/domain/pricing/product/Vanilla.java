package meridian.domain.pricing.product;

import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.ProductType;

/** At expiry, quantity × max(S_T − K, 0) (call) or max(K − S_T, 0) (put); K = strikePct/100 × S0. */
public record Vanilla(ContractTerms terms, OptionType optionType, double strikePct) implements Product {
    public Vanilla {
        new Checks().required("terms", terms).required("optionType", optionType)
                .positive("strikePct", strikePct).throwIfAny();
    }

    @Override
    public ProductType type() {
        return ProductType.VANILLA;
    }
}

package meridian.domain.pricing.product;

import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.ProductType;

/** At expiry, notional × payoutPct/100 if S_T > K (call) or S_T < K (put). */
public record Digital(ContractTerms terms, OptionType optionType, double strikePct, double payoutPct)
        implements Product {
    public Digital {
        new Checks().required("terms", terms).required("optionType", optionType)
                .positive("strikePct", strikePct).nonNegative("payoutPct", payoutPct).throwIfAny();
    }

    @Override
    public ProductType type() {
        return ProductType.DIGITAL;
    }
}

package meridian.domain.pricing.product;

import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.ProductType;

/**
 * Call: if S never reaches the barrier (at or above), notional × participation/100 × max(S_T/S0 − strikePct/100, 0),
 * else notional × rebatePct/100; both at expiry. The put mirrors it downwards.
 */
public record Sharkfin(
        ContractTerms terms,
        OptionType optionType,
        double strikePct,
        double barrierPct,
        double participationPct,
        double rebatePct,
        Observation observation) implements Product {
    public Sharkfin {
        Checks checks = new Checks().required("terms", terms).required("optionType", optionType)
                .positive("strikePct", strikePct).positive("barrierPct", barrierPct)
                .nonNegative("participationPct", participationPct).nonNegative("rebatePct", rebatePct)
                .required("observation", observation);
        if (optionType == OptionType.CALL) {
            checks.check(barrierPct > strikePct, "barrierPct", "must be above strikePct for a CALL sharkfin");
        } else if (optionType == OptionType.PUT) {
            checks.check(barrierPct < strikePct, "barrierPct", "must be below strikePct for a PUT sharkfin");
        }
        checks.throwIfAny();
    }

    @Override
    public ProductType type() {
        return ProductType.SHARKFIN;
    }
}

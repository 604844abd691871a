package meridian.domain.pricing.product;

import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.ProductType;

/**
 * The vanilla payoff if the barrier condition holds, else notional × rebatePct/100 at expiry.
 * Up barriers are reached at or above the level, down barriers at or below.
 */
public record Barrier(
        ContractTerms terms,
        OptionType optionType,
        double strikePct,
        double barrierPct,
        BarrierType barrierType,
        double rebatePct,
        Observation observation) implements Product {
    public Barrier {
        new Checks().required("terms", terms).required("optionType", optionType)
                .positive("strikePct", strikePct).positive("barrierPct", barrierPct)
                .required("barrierType", barrierType).nonNegative("rebatePct", rebatePct)
                .required("observation", observation).throwIfAny();
    }

    @Override
    public ProductType type() {
        return ProductType.BARRIER;
    }
}

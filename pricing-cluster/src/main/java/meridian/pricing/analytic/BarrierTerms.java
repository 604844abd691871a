package meridian.pricing.analytic;

import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.Sharkfin;

/**
 * A single-barrier payoff in absolute terms, shared by BARRIER and SHARKFIN: {@code units} × vanilla payoff when the
 * barrier condition holds, else {@code rebate} (CNY) at expiry. A sharkfin is an out-option with
 * units = quantity × participation.
 */
public record BarrierTerms(
        OptionType optionType,
        BarrierType barrierType,
        Observation observation,
        double strike,
        double barrier,
        double units,
        double rebate) {

    public static BarrierTerms of(Barrier product, double initialPrice) {
        double notional = product.terms().notionalAmount();
        return new BarrierTerms(product.optionType(), product.barrierType(), product.observation(),
                product.strikePct() / 100 * initialPrice, product.barrierPct() / 100 * initialPrice,
                notional / initialPrice, notional * product.rebatePct() / 100);
    }

    public static BarrierTerms of(Sharkfin product, double initialPrice) {
        double notional = product.terms().notionalAmount();
        BarrierType type = product.optionType() == OptionType.CALL ? BarrierType.UP_OUT : BarrierType.DOWN_OUT;
        return new BarrierTerms(product.optionType(), type, product.observation(),
                product.strikePct() / 100 * initialPrice, product.barrierPct() / 100 * initialPrice,
                notional / initialPrice * product.participationPct() / 100, notional * product.rebatePct() / 100);
    }

    public boolean up() {
        return barrierType.isUp();
    }

    public boolean knockOut() {
        return barrierType.isKnockOut();
    }

    /** Whether a level counts as reaching the barrier (at or beyond it). */
    public boolean reached(double level) {
        return up() ? level >= barrier : level <= barrier;
    }

    /** Payoff at expiry given whether the barrier was reached during the life. */
    public double payoff(double finalLevel, boolean reached) {
        boolean paysVanilla = knockOut() != reached;
        if (!paysVanilla) {
            return rebate;
        }
        double intrinsic = optionType == OptionType.CALL ? finalLevel - strike : strike - finalLevel;
        return units * Math.max(intrinsic, 0.0);
    }
}

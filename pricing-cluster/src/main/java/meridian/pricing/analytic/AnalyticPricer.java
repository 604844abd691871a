package meridian.pricing.analytic;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Vanilla;
import meridian.domain.pricing.schedule.DayCount;
import meridian.pricing.PricingResult;
import meridian.pricing.ProductPricer;

/** Closed forms: vanilla, digital, continuous or at-expiry barriers and sharkfins. */
public final class AnalyticPricer implements ProductPricer {

    public static boolean supports(Product product) {
        if (product instanceof Vanilla || product instanceof Digital) {
            return true;
        }
        if (product instanceof Barrier barrier) {
            return barrier.observation() != Observation.DAILY;
        }
        if (product instanceof Sharkfin sharkfin) {
            return sharkfin.observation() != Observation.DAILY;
        }
        return false;
    }

    @Override
    public PricingResult price(ResolvedProduct resolved, MarketData m) {
        Product product = resolved.product();
        double t = DayCount.act365f(m.valuationDate(), resolved.schedule().expiryDate());
        double s0 = m.initialPrice();
        double notional = resolved.notional();
        if (product instanceof Vanilla vanilla) {
            double strike = vanilla.strikePct() / 100 * s0;
            return PricingResult.of(notional / s0
                    * BlackScholes.price(vanilla.optionType(), m.spot(), strike, t, m.rate(), m.dividendYield(), m.vol()));
        }
        if (product instanceof Digital digital) {
            double strike = digital.strikePct() / 100 * s0;
            double paid = notional * digital.payoutPct() / 100;
            double probability = digital.optionType() == OptionType.CALL
                    ? BlackScholes.cashBetween(m.spot(), strike, Double.POSITIVE_INFINITY, t, m.rate(), m.dividendYield(), m.vol())
                    : BlackScholes.cashBetween(m.spot(), 0.0, strike, t, m.rate(), m.dividendYield(), m.vol());
            return PricingResult.of(paid * probability);
        }
        if (product instanceof Barrier barrier && supports(barrier)) {
            return PricingResult.of(barrier(BarrierTerms.of(barrier, s0), m, t));
        }
        if (product instanceof Sharkfin sharkfin && supports(sharkfin)) {
            return PricingResult.of(barrier(BarrierTerms.of(sharkfin, s0), m, t));
        }
        throw new ValidationException("method", "no closed form for " + describe(product) + "; use MC or PDE");
    }

    static String describe(Product product) {
        if (product instanceof Barrier barrier) {
            return product.type() + " with " + barrier.observation() + " observation";
        }
        if (product instanceof Sharkfin sharkfin) {
            return product.type() + " with " + sharkfin.observation() + " observation";
        }
        return product.type().name();
    }

    /** PV of a single barrier; a continuous barrier already reached at valuation counts as reached. */
    public static double barrier(BarrierTerms b, MarketData m, double t) {
        double spot = m.spot();
        double r = m.rate();
        double q = m.dividendYield();
        double vol = m.vol();
        double discount = Math.exp(-r * t);
        if (t <= 0) {
            return b.payoff(spot, b.reached(spot));
        }
        if (b.observation() == Observation.EXPIRY) {
            double low = b.up() ? b.barrier() : 0.0;
            double high = b.up() ? Double.POSITIVE_INFINITY : b.barrier();
            // Vanilla pays where "reached" equals "knock-in".
            double reachedVanilla = b.units() * BlackScholes.between(b.optionType(), spot, b.strike(), low, high, t, r, q, vol);
            double otherVanilla = b.units() * (b.up()
                    ? BlackScholes.between(b.optionType(), spot, b.strike(), 0.0, b.barrier(), t, r, q, vol)
                    : BlackScholes.between(b.optionType(), spot, b.strike(), b.barrier(), Double.POSITIVE_INFINITY, t, r, q, vol));
            double reachedProbability = BlackScholes.cashBetween(spot, low, high, t, r, q, vol);
            double notReachedProbability = b.up()
                    ? BlackScholes.cashBetween(spot, 0.0, b.barrier(), t, r, q, vol)
                    : BlackScholes.cashBetween(spot, b.barrier(), Double.POSITIVE_INFINITY, t, r, q, vol);
            return b.knockOut()
                    ? otherVanilla + b.rebate() * reachedProbability
                    : reachedVanilla + b.rebate() * notReachedProbability;
        }
        double vanilla = b.units() * BlackScholes.price(b.optionType(), spot, b.strike(), t, r, q, vol);
        if (b.reached(spot)) {
            return b.knockOut() ? b.rebate() * discount : vanilla;
        }
        double out = b.units() * ReinerRubinstein.knockOut(b.optionType(), b.up(), spot, b.strike(), b.barrier(), t, r, q, vol);
        double survive = ReinerRubinstein.noHitProbability(b.up(), spot, b.barrier(), t, r, q, vol);
        return b.knockOut()
                ? out + b.rebate() * discount * (1.0 - survive)
                : vanilla - out + b.rebate() * discount * survive;
    }
}

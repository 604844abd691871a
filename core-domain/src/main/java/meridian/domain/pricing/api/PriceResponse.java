package meridian.domain.pricing.api;

import meridian.domain.pricing.PricingMethod;

/** The contract's price answer. {@code stdErr} and {@code paths} are null unless Monte Carlo ran. */
public record PriceResponse(
        double pv,
        double pvPct,
        Double stdErr,
        Greeks greeks,
        PricingMethod method,
        String engine,
        Integer paths,
        long elapsedMs) {
}

package meridian.pricing;

/**
 * One valuation: PV in CNY, the Monte Carlo standard error (null for deterministic methods), and delta and gamma
 * when the method gives them for free (PDE grid), else null.
 */
public record PricingResult(double pv, Double stdErr, Double delta, Double gamma) {
    public static PricingResult of(double pv) {
        return new PricingResult(pv, null, null, null);
    }
}

package meridian.pricing.abs;

/**
 * A tranche valued off a discount curve: present value of its projected interest and principal,
 * price in percent of original balance, and the yield (annual, monthly compounded) that gives the
 * same present value. Price and yield are NaN for a tranche with no original balance or no cash flow.
 */
public record TrancheValuation(String name, double presentValue, double pricePct, double yieldPct) {
}

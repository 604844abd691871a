package meridian.domain.pricing.product;

import meridian.domain.pricing.ProductType;

/**
 * Autocallable with knock-in: see the pricing contract. {@code dividendCouponPct} null means "same as couponPct"
 * (so that it follows the coupon when the coupon is solved for).
 */
public record Snowball(
        ContractTerms terms,
        double knockOutPct,
        double knockInPct,
        double couponPct,
        int lockMonths,
        Double dividendCouponPct) implements Product {
    public Snowball {
        Checks checks = new Checks();
        if (dividendCouponPct != null) {
            checks.nonNegative("dividendCouponPct", dividendCouponPct);
        }
        checks.autocall(terms, knockOutPct, knockInPct, couponPct, lockMonths).throwIfAny();
    }

    public double effectiveDividendCouponPct() {
        return dividendCouponPct == null ? couponPct : dividendCouponPct;
    }

    /** First monthly date number on which knock-out is checked. */
    public int firstKnockOutMonth() {
        return Math.max(lockMonths, 1);
    }

    @Override
    public ProductType type() {
        return ProductType.SNOWBALL;
    }
}

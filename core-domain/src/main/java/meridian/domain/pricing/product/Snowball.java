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
        Checks checks = new Checks().required("terms", terms).positive("knockOutPct", knockOutPct)
                .positive("knockInPct", knockInPct).nonNegative("couponPct", couponPct)
                .check(lockMonths >= 0, "lockMonths", "must be zero or positive");
        if (dividendCouponPct != null) {
            checks.nonNegative("dividendCouponPct", dividendCouponPct);
        }
        if (checks.ok()) {
            checks.check(knockInPct <= knockOutPct, "knockInPct", "must not be above knockOutPct " + knockOutPct);
            if (terms.tenorMonths() != null) {
                checks.check(lockMonths <= terms.tenorMonths(), "lockMonths", "must not exceed tenorMonths");
            }
        }
        checks.throwIfAny();
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

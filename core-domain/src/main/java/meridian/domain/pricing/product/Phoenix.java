package meridian.domain.pricing.product;

import meridian.domain.pricing.ProductType;

/**
 * Knock-out and knock-in as the snowball, no dividend coupon; on every monthly date with S at or above the
 * coupon barrier it pays couponPct/12 × notional (on a knock-out date too, which then ends the trade).
 */
public record Phoenix(
        ContractTerms terms,
        double knockOutPct,
        double knockInPct,
        double couponPct,
        double couponBarrierPct,
        int lockMonths) implements Product {
    public Phoenix {
        new Checks().positive("couponBarrierPct", couponBarrierPct)
                .autocall(terms, knockOutPct, knockInPct, couponPct, lockMonths).throwIfAny();
    }

    public int firstKnockOutMonth() {
        return Math.max(lockMonths, 1);
    }

    @Override
    public ProductType type() {
        return ProductType.PHOENIX;
    }
}

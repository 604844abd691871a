package meridian.domain.pricing.product;

import meridian.domain.pricing.schedule.ResolvedSchedule;

/** A product with its dates fixed on one calendar: what the stateless pricers take. */
public record ResolvedProduct(Product product, ResolvedSchedule schedule) {
    public ResolvedProduct {
        if (product == null || schedule == null) {
            throw new IllegalArgumentException("product and schedule are required");
        }
    }

    public double notional() {
        return product.terms().notionalAmount();
    }
}

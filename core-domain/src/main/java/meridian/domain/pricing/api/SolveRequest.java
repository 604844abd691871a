package meridian.domain.pricing.api;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.SolveFor;

/**
 * A price request plus the term to solve for and the target PV (CNY, default 0). The solved field may be
 * absent from the product; {@code pricing} then carries a placeholder that the solver replaces.
 */
public record SolveRequest(PriceRequest pricing, SolveFor solveFor, double targetPv) implements PricingRequest {
    public SolveRequest {
        if (pricing == null) {
            throw new ValidationException("product", "is required");
        }
        if (solveFor == null) {
            throw new ValidationException("solveFor", "is required");
        }
        if (!Double.isFinite(targetPv)) {
            throw new ValidationException("targetPv", "must be a finite number");
        }
    }
}

package meridian.pricing.abs.coupon;

import meridian.domain.common.ValidationException;

/** A tranche issued in the past with the coupon it got. {@code source} says where the record comes from (SYNTHETIC for simulated ones). */
public record PastIssue(String issueId, String source, IssueFeatures features, double couponPct) {
    public PastIssue {
        if (issueId == null || issueId.isBlank()) throw new ValidationException("issueId", "required");
        if (source == null || source.isBlank()) throw new ValidationException("source", "required");
        if (features == null) throw new ValidationException("features", "required");
        if (!(couponPct > -5 && couponPct < 40)) throw new ValidationException("couponPct", "must be between -5 and 40");
    }
}

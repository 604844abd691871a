package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The coupon model's estimate for each rated tranche at an issue date and rate level, with the past issues it
 * most resembles. {@code dataSource} says what the model was trained on (SYNTHETIC for the shipped set).
 */
public record CouponEstimation(LocalDate issueDate, BigDecimal rateLevelPct, String dataSource,
                               List<CouponEstimate> tranches) {

    public CouponEstimation {
        tranches = List.copyOf(tranches);
    }

    /** One tranche's estimate and the features it was made from. */
    public record CouponEstimate(String tranche, String rating, BigDecimal walYears, BigDecimal sizeMillions,
                                 BigDecimal creditEnhancementPct, BigDecimal estimatedCouponPct,
                                 List<SimilarIssue> similarIssues) {
        public CouponEstimate {
            similarIssues = List.copyOf(similarIssues);
        }
    }

    /** A past issue near the tranche by random-forest proximity (0 to 1). */
    public record SimilarIssue(String issueId, String source, LocalDate issueDate, String assetType, String rating,
                               BigDecimal walYears, BigDecimal couponPct, BigDecimal proximity) {
    }
}

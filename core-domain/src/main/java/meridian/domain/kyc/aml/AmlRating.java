package meridian.domain.kyc.aml;

import java.util.List;

/**
 * The scorecard's verdict: the level, the total points, every factor with its points, and the overrides that forced the
 * level regardless of points (empty when the points decided).
 */
public record AmlRating(AmlRiskLevel level, int score, List<AmlFactor> factors, List<String> overrides) {
    public AmlRating {
        factors = List.copyOf(factors);
        overrides = List.copyOf(overrides);
    }
}

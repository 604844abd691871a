package meridian.domain.kyc.screening;

import java.util.Optional;

/** Scores at or above {@code block} block approval, at or above {@code review} go to review, below are ignored. */
public record ScreeningThresholds(double block, double review) {
    public ScreeningThresholds {
        if (!(review > 0 && review <= block && block <= 1)) {
            throw new IllegalArgumentException("need 0 < review <= block <= 1, got review " + review + ", block " + block);
        }
    }

    public static ScreeningThresholds standard() {
        return new ScreeningThresholds(0.95, 0.85);
    }

    public Optional<HitLevel> levelOf(double score) {
        if (score >= block) {
            return Optional.of(HitLevel.BLOCK);
        }
        return score >= review ? Optional.of(HitLevel.REVIEW) : Optional.empty();
    }
}

package meridian.domain.abs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The letter rating scale, best first, with an illustrative one-year probability of default for
 * each notch (long-run averages of the kind published by rating agencies, rounded; see ABS.md).
 */
public final class RatingScale {
    private static final List<String> NOTCHES = List.of("AAA", "AA+", "AA", "AA-", "A+", "A", "A-",
            "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "CC", "C", "D");
    private static final double[] ANNUAL_PD_PCT = {0.01, 0.02, 0.03, 0.04, 0.05, 0.07, 0.09,
            0.13, 0.18, 0.28, 0.40, 0.65, 1.10, 2.00, 3.50, 6.00, 20.0, 35.0, 50.0, 100.0};

    private RatingScale() {
    }

    public static List<String> notches() {
        return NOTCHES;
    }

    /** The position on the scale, 0 for AAA; empty for an unknown rating. */
    public static Optional<Integer> rank(String rating) {
        if (rating == null) return Optional.empty();
        int index = NOTCHES.indexOf(rating.trim().toUpperCase(Locale.ROOT));
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    public static boolean known(String rating) {
        return rank(rating).isPresent();
    }

    /** One-year default probability as a fraction; throws for an unknown rating. */
    public static double annualDefaultProbability(String rating) {
        return ANNUAL_PD_PCT[rank(rating).orElseThrow(
                () -> new IllegalArgumentException("unknown rating '" + rating + "'"))] / 100;
    }

    /** True when {@code rating} is at least as good as {@code floor}. */
    public static boolean atLeast(String rating, String floor) {
        return rank(rating).orElse(Integer.MAX_VALUE) <= rank(floor).orElseThrow(
                () -> new IllegalArgumentException("unknown rating '" + floor + "'"));
    }

    /** Whether a rating is investment grade (BBB- or better). */
    public static boolean investmentGrade(String rating) {
        return atLeast(rating, "BBB-");
    }
}

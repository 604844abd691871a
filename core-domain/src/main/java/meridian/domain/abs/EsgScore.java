package meridian.domain.abs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import meridian.domain.common.ValidationException;

/**
 * An ESG score, 0 to 100, documented in ABS.md: environmental 40% and social 30% are the
 * balance-weighted scores of the loans' industries (a fixed table; an industry not in it scores a
 * neutral 50 and is counted in {@code unclassifiedSharePct}), governance 30% from the servicer
 * rating, an independent trustee and monthly loan-level reporting.
 */
public record EsgScore(double environmental, double social, double governance, double total,
                       double unclassifiedSharePct) {

    /** Industry → {environmental, social}. Keys are lower case. */
    static final Map<String, int[]> INDUSTRY_SCORES = Map.ofEntries(
            Map.entry("renewable energy", new int[] {95, 70}),
            Map.entry("utilities", new int[] {55, 70}),
            Map.entry("coal mining", new int[] {5, 35}),
            Map.entry("oil and gas", new int[] {15, 45}),
            Map.entry("mining", new int[] {25, 45}),
            Map.entry("chemicals", new int[] {30, 50}),
            Map.entry("manufacturing", new int[] {45, 55}),
            Map.entry("construction", new int[] {40, 55}),
            Map.entry("transportation", new int[] {35, 55}),
            Map.entry("automotive", new int[] {40, 55}),
            Map.entry("agriculture", new int[] {45, 65}),
            Map.entry("real estate", new int[] {50, 60}),
            Map.entry("retail", new int[] {60, 55}),
            Map.entry("technology", new int[] {70, 60}),
            Map.entry("telecommunications", new int[] {65, 65}),
            Map.entry("financial services", new int[] {70, 55}),
            Map.entry("healthcare", new int[] {65, 90}),
            Map.entry("education", new int[] {70, 90}),
            Map.entry("affordable housing", new int[] {60, 95}),
            Map.entry("consumer", new int[] {60, 60}),
            Map.entry("hospitality", new int[] {50, 55}),
            Map.entry("tobacco", new int[] {40, 5}),
            Map.entry("gambling", new int[] {55, 10}),
            Map.entry("weapons", new int[] {40, 5}));
    static final int NEUTRAL = 50;

    public static EsgScore of(List<Loan> loans, int servicerRating, boolean independentTrustee, boolean loanLevelReporting) {
        if (servicerRating < 1 || servicerRating > 5) throw new ValidationException("servicerRating", "must be 1 to 5");
        if (loans.isEmpty()) throw new ValidationException("loans", "at least one loan is required");
        double total = 0;
        double environmental = 0;
        double social = 0;
        double unclassified = 0;
        for (Loan loan : loans) {
            double balance = loan.balance().doubleValue();
            int[] scores = INDUSTRY_SCORES.get(loan.industry().trim().toLowerCase(Locale.ROOT));
            if (scores == null) unclassified += balance;
            environmental += balance * (scores == null ? NEUTRAL : scores[0]);
            social += balance * (scores == null ? NEUTRAL : scores[1]);
            total += balance;
        }
        double e = total > 0 ? environmental / total : NEUTRAL;
        double s = total > 0 ? social / total : NEUTRAL;
        double g = 0.5 * ((servicerRating - 1) / 4.0 * 100) + (independentTrustee ? 25 : 0) + (loanLevelReporting ? 25 : 0);
        return new EsgScore(round(e), round(s), round(g), round(0.4 * e + 0.3 * s + 0.3 * g),
                round(total > 0 ? unclassified / total * 100 : 0));
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }
}

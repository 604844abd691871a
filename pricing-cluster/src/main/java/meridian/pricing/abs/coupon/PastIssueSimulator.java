package meridian.pricing.abs.coupon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import meridian.domain.abs.RatingScale;

/**
 * Makes SYNTHETIC past ABS issues; they are not market data. The generating model, documented in
 * core-domain/ABS.md, is:
 * <pre>
 * rate level: monthly mean-reverting path from 2014-01, r' = r + 0.05 (3.0 - r) + 0.12 N, kept in [0.8, 6]
 * spread (bp) = ratingSpread(tranche) + assetPremium + 9 WAL + 3 issuerNotch
 *             - 1.5 (CE - typicalCE(tranche rating)) - 6 ln(size / 300)
 *             + 25 max(0, rate - 3) + 5 [December] + 10 N
 * coupon (%)  = rate + spread / 100, rounded to 0.01
 * </pre>
 */
public final class PastIssueSimulator {
    public static final String SOURCE = "SYNTHETIC";
    static final LocalDate START = LocalDate.of(2014, 1, 1);
    static final int MONTHS = 12 * 12;
    /** Tranche ratings issued, with the base spread in bp of each. */
    static final String[] RATINGS = {"AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-"};
    static final double[] RATING_SPREAD_BP = {35, 45, 55, 65, 80, 95, 110, 140, 165, 200, 280, 330, 390};
    static final double[] RATING_WEIGHT = {30, 6, 8, 6, 6, 7, 5, 6, 7, 5, 4, 5, 5};
    static final double[] ASSET_PREMIUM_BP = {0, -10, 15, 35, 40, 20, 10};
    static final double[] ASSET_WEIGHT = {22, 12, 18, 14, 12, 14, 8};
    static final double[][] WAL_RANGE = {{1, 3}, {1, 3}, {3, 10}, {3, 7}, {1.5, 4}, {1, 2.5}, {1, 3.5}};

    private PastIssueSimulator() {
    }

    /** The benchmark rate level by month from 2014-01, the same path for a given seed. */
    static double[] ratePath(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] path = new double[MONTHS];
        double rate = 2.8;
        for (int m = 0; m < MONTHS; m++) {
            path[m] = rate;
            rate = Math.min(6, Math.max(0.8, rate + 0.05 * (3.0 - rate) + 0.12 * random.nextGaussian()));
        }
        return path;
    }

    static double typicalEnhancementPct(int ratingIndex) {
        return 25 - 1.6 * ratingIndex;
    }

    public static List<PastIssue> simulate(int count, long seed) {
        double[] rates = ratePath(seed);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<PastIssue> issues = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int month = random.nextInt(MONTHS);
            LocalDate date = START.plusMonths(month).withDayOfMonth(1 + random.nextInt(28));
            int asset = pick(ASSET_WEIGHT, random);
            int rating = pick(RATING_WEIGHT, random);
            double[] wal = WAL_RANGE[asset];
            double walYears = round(wal[0] + (wal[1] - wal[0]) * random.nextDouble(), 2);
            double size = round(Math.exp(Math.log(300) + 0.8 * random.nextGaussian()), 1);
            int issuer = random.nextInt(10);
            double enhancement = round(Math.max(0, typicalEnhancementPct(rating) + 3 * random.nextGaussian()), 2);
            double rate = round(rates[month], 3);
            double spread = RATING_SPREAD_BP[rating] + ASSET_PREMIUM_BP[asset] + 9 * walYears + 3 * issuer
                    - 1.5 * (enhancement - typicalEnhancementPct(rating)) - 6 * Math.log(size / 300)
                    + 25 * Math.max(0, rate - 3) + (date.getMonthValue() == 12 ? 5 : 0) + 10 * random.nextGaussian();
            double coupon = round(rate + spread / 100, 2);
            IssueFeatures features = new IssueFeatures(AssetType.values()[asset], RATINGS[rating], walYears, size,
                    RatingScale.notches().get(issuer), enhancement, date, rate);
            issues.add(new PastIssue(String.format("SYN-%05d", n + 1), SOURCE, features, coupon));
        }
        issues.sort(java.util.Comparator.comparing((PastIssue p) -> p.features().issueDate()).thenComparing(PastIssue::issueId));
        return issues;
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) total += w;
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.length - 1;
    }

    private static double round(double value, int places) {
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}

package meridian.pricing.abs.coupon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Out-of-sample test of the coupon model: trains on the earliest issues, estimates the latest
 * ones, and compares the mean absolute error in basis points with the naive benchmark, the mean
 * coupon of past issues of the same tranche rating.
 */
public final class CouponBacktest {

    /** Errors in bp on the test issues. */
    public record Result(int trainIssues, int testIssues, double modelMaeBp, double naiveMaeBp) { }

    private CouponBacktest() {
    }

    /** @param testShare the latest share of issues, by issue date, held out for testing */
    public static Result run(List<PastIssue> issues, double testShare, CouponModel.Settings settings) {
        if (!(testShare > 0 && testShare < 1)) throw new IllegalArgumentException("testShare must be in (0, 1)");
        List<PastIssue> ordered = new ArrayList<>(issues);
        ordered.sort(Comparator.comparing((PastIssue p) -> p.features().issueDate()).thenComparing(PastIssue::issueId));
        int split = (int) Math.round(ordered.size() * (1 - testShare));
        List<PastIssue> train = ordered.subList(0, split);
        List<PastIssue> test = ordered.subList(split, ordered.size());
        CouponModel model = CouponModel.train(train, settings);
        Map<String, double[]> byRating = new HashMap<>();
        double overall = 0;
        for (PastIssue issue : train) {
            double[] sum = byRating.computeIfAbsent(issue.features().trancheRating(), r -> new double[2]);
            sum[0] += issue.couponPct();
            sum[1]++;
            overall += issue.couponPct();
        }
        overall /= train.size();
        double modelError = 0;
        double naiveError = 0;
        for (PastIssue issue : test) {
            double[] sum = byRating.get(issue.features().trancheRating());
            double naive = sum == null ? overall : sum[0] / sum[1];
            modelError += Math.abs(model.predict(issue.features()) - issue.couponPct());
            naiveError += Math.abs(naive - issue.couponPct());
        }
        return new Result(train.size(), test.size(), modelError / test.size() * 100, naiveError / test.size() * 100);
    }
}

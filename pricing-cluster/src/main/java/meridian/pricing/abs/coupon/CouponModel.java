package meridian.pricing.abs.coupon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import smile.base.cart.Loss;
import smile.base.cart.Node;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;

/**
 * Estimates a new issue's coupon the way the seed platform prices issues: gradient-boosted trees
 * (Smile) predict the coupon, and a random forest's proximity (the share of its trees in which two
 * issues land in the same leaf) finds the most similar past issues to show beside the estimate.
 */
public final class CouponModel {
    private static final String RESPONSE = "couponPct";
    private static final Formula FORMULA = Formula.lhs(RESPONSE);

    private final List<PastIssue> history;
    private final GradientTreeBoost boosting;
    private final RandomForest forest;
    /** Per tree, the training issues in each of its leaves. */
    private final List<Map<Node, List<Integer>>> leaves;

    /** A past issue and how close it is, from 0 (never shares a leaf) to 1 (shares every leaf). */
    public record SimilarIssue(PastIssue issue, double proximity) { }

    /** The estimate with the past issues it most resembles. */
    public record Estimate(double couponPct, List<SimilarIssue> similarIssues) { }

    /** Model settings; {@link #DEFAULT} suits a few thousand issues. */
    public record Settings(int boostingTrees, int boostingMaxDepth, double shrinkage, int forestTrees, long seed) {
        public static final Settings DEFAULT = new Settings(300, 4, 0.05, 150, 20260131L);
    }

    private CouponModel(List<PastIssue> history, GradientTreeBoost boosting, RandomForest forest) {
        this.history = history;
        this.boosting = boosting;
        this.forest = forest;
        DataFrame x = FORMULA.x(frame(history));
        this.leaves = new ArrayList<>();
        for (RegressionTree tree : forest.trees()) {
            Map<Node, List<Integer>> byLeaf = new IdentityHashMap<>();
            for (int i = 0; i < history.size(); i++) {
                byLeaf.computeIfAbsent(tree.root().predict(x.get(i)), leaf -> new ArrayList<>()).add(i);
            }
            leaves.add(byLeaf);
        }
    }

    public static CouponModel train(List<PastIssue> history, Settings settings) {
        if (history.size() < 20) throw new IllegalArgumentException("at least 20 past issues are needed, got " + history.size());
        List<PastIssue> issues = List.copyOf(history);
        DataFrame data = frame(issues);
        MathEx.setSeed(settings.seed());
        GradientTreeBoost boosting = GradientTreeBoost.fit(FORMULA, data, Loss.ls(), settings.boostingTrees(),
                settings.boostingMaxDepth(), 64, 5, settings.shrinkage(), 0.7);
        int mtry = Math.max(1, IssueFeatures.NAMES.length / 3);
        RandomForest forest = RandomForest.fit(FORMULA, data, settings.forestTrees(), mtry, 20, 1000, 5, 1.0,
                MathEx.seeds(settings.seed(), settings.forestTrees()));
        return new CouponModel(issues, boosting, forest);
    }

    public static CouponModel train(List<PastIssue> history) {
        return train(history, Settings.DEFAULT);
    }

    public double predict(IssueFeatures features) {
        return boosting.predict(row(features, Double.NaN));
    }

    public Estimate estimate(IssueFeatures features, int similar) {
        return new Estimate(predict(features), similarIssues(features, similar));
    }

    /** The past issues with the highest random-forest proximity to {@code features}, closest first. */
    public List<SimilarIssue> similarIssues(IssueFeatures features, int count) {
        Tuple x = FORMULA.x(row(features, 0));
        int[] shared = new int[history.size()];
        RegressionTree[] trees = forest.trees();
        for (int t = 0; t < trees.length; t++) {
            List<Integer> mates = leaves.get(t).get(trees[t].root().predict(x));
            if (mates != null) for (int i : mates) shared[i]++;
        }
        List<SimilarIssue> result = new ArrayList<>();
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] > 0) result.add(new SimilarIssue(history.get(i), (double) shared[i] / trees.length));
        }
        result.sort(Comparator.comparingDouble(SimilarIssue::proximity).reversed()
                .thenComparing(s -> s.issue().issueId()));
        return List.copyOf(result.subList(0, Math.min(count, result.size())));
    }

    private static DataFrame frame(List<PastIssue> issues) {
        double[][] rows = new double[issues.size()][];
        for (int i = 0; i < rows.length; i++) rows[i] = withResponse(issues.get(i).features().vector(), issues.get(i).couponPct());
        return DataFrame.of(rows, columnNames());
    }

    private static Tuple row(IssueFeatures features, double response) {
        return DataFrame.of(new double[][] {withResponse(features.vector(), response)}, columnNames()).get(0);
    }

    private static double[] withResponse(double[] x, double y) {
        double[] row = java.util.Arrays.copyOf(x, x.length + 1);
        row[x.length] = y;
        return row;
    }

    private static String[] columnNames() {
        String[] names = java.util.Arrays.copyOf(IssueFeatures.NAMES, IssueFeatures.NAMES.length + 1);
        names[names.length - 1] = RESPONSE;
        return names;
    }
}

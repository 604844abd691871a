package meridian.pricing.abs.coupon;

import java.io.FileReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints the coupon model's out-of-sample error against the naive benchmark. With no argument it
 * uses the shipped synthetic data set; with a path, a CSV of real past issues in the same format.
 */
public final class CouponBacktestCli {
    private CouponBacktestCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        List<PastIssue> issues;
        String source;
        if (args.length == 0) {
            issues = PastIssueCsv.loadSynthetic();
            source = "synthetic (" + PastIssueCsv.SYNTHETIC_RESOURCE + ")";
        } else {
            try (FileReader reader = new FileReader(args[0], StandardCharsets.UTF_8)) {
                issues = PastIssueCsv.read(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            source = args[0];
        }
        CouponBacktest.Result result = CouponBacktest.run(issues, 0.2, CouponModel.Settings.DEFAULT);
        out.printf("data          %s%n", source);
        out.printf("train / test  %d / %d issues (test = latest 20%% by issue date)%n", result.trainIssues(), result.testIssues());
        out.printf("%-40s %8s%n", "estimator", "MAE bp");
        out.printf("%-40s %8.1f%n", "gradient boosting (Smile)", result.modelMaeBp());
        out.printf("%-40s %8.1f%n", "naive: mean coupon of the same rating", result.naiveMaeBp());
        return 0;
    }
}

package meridian.pricing.abs.coupon;

import java.io.PrintStream;

/** Writes SYNTHETIC past issues as CSV: {@code [count] [seed]}, defaults 2500 and 20260131. */
public final class GeneratePastIssuesCli {
    public static final int DEFAULT_COUNT = 2500;
    public static final long DEFAULT_SEED = 20260131L;

    private GeneratePastIssuesCli() {
    }

    public static void main(String[] args) {
        run(args, System.out);
        System.out.flush();
    }

    public static void run(String[] args, PrintStream out) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COUNT;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        PastIssueCsv.write(PastIssueSimulator.simulate(count, seed), out);
    }
}

package meridian.pricing.abs.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Assumptions;
import meridian.domain.abs.Deal;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;
import meridian.domain.abs.RatingScale;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;
import meridian.pricing.abs.CashflowEngine;
import meridian.pricing.abs.CashflowProjection;
import meridian.pricing.abs.PoolCashflows;
import meridian.pricing.abs.PoolProjector;
import meridian.pricing.abs.loss.CpuLossSimulator;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.abs.loss.LossSimulation;

/**
 * ABS speed benchmark (not a test): a 10,000-loan pool over 360 periods, base case, against a
 * naive baseline with a pow per loan-month; then Monte Carlo losses of that pool, directly and through a one-node
 * pricing cluster. Arguments: {@code [scenarios] [threads] [clusterWorkers]}, defaults 100000, the number of
 * processors and 1 (0: skip the cluster path).
 */
public final class AbsBenchmark {
    static final int LOANS = 10_000;

    private AbsBenchmark() {
    }

    public static void main(String[] args) {
        int scenarios = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int clusterWorkers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        run(scenarios, threads, System.out);
        if (clusterWorkers > 0) runCluster(scenarios, clusterWorkers, System.out);
    }

    /** The same simulation through the risk lane (dispatcher, CPU workers over every core, 10,000-scenario chunks). */
    static void runCluster(int scenarios, int workers, PrintStream out) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Deal deal = deal();
        LossPortfolio portfolio = LossPortfolio.of(deal.pool(), deal.structure().tranches());
        CreditLossModel model = new CreditLossModel(0.15, 40, 20);
        try (ClusterLossBench cluster = new ClusterLossBench(workers)) {
            cluster.simulate(portfolio, model, Math.max(1, scenarios / 50), 1); // warm-up
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            meridian.pricing.cluster.ClusterLossSimulation.Result result =
                    cluster.simulate(portfolio, model, scenarios, 20260131L);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            out.printf("%-52s %10.2f %10.2f %10s%n", "cluster: " + workers + " " + result.engine() + " risk worker(s), "
                    + result.chunks() + " chunks", wall, cpuSeconds, Runtime.getRuntime().availableProcessors() + "/worker");
            LossSimulation direct = new CpuLossSimulator(Runtime.getRuntime().availableProcessors())
                    .simulate(portfolio, model, scenarios, 20260131L);
            out.printf("cluster result %s the direct CPU result (pool EL %.2f%%)%n",
                    direct.equals(result.simulation()) ? "equals" : "DIFFERS FROM", result.simulation().pool().expectedLossPct());
        }
    }

    static Deal deal() {
        SplittableRandom random = new SplittableRandom(2026);
        List<Loan> loans = new ArrayList<>(LOANS);
        Amortization[] kinds = Amortization.values();
        List<String> ratings = RatingScale.notches().subList(2, 16);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < LOANS; i++) {
            int term = i == 0 ? 360 : 12 + random.nextInt(349);
            BigDecimal balance = BigDecimal.valueOf(20_000 + random.nextInt(480_000), 0).setScale(2);
            total = total.add(balance);
            loans.add(new Loan("L" + i, balance, BigDecimal.valueOf(200 + random.nextInt(700), 2), term,
                    kinds[random.nextInt(kinds.length)], "OBL" + random.nextInt(2_000), "IND" + random.nextInt(20),
                    "REG" + random.nextInt(8), ratings.get(random.nextInt(ratings.size()))));
        }
        BigDecimal a = total.multiply(new BigDecimal("0.80")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        BigDecimal b = total.multiply(new BigDecimal("0.12")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        Structure structure = new Structure(List.of(new Fee("trustee", new BigDecimal("0.05"))),
                List.of(new Tranche("A", a, new BigDecimal("3.0")), new Tranche("B", b, new BigDecimal("5.0")),
                        new Tranche("Sub", total.subtract(a).subtract(b), null)), WaterfallType.SEQUENTIAL);
        Assumptions assumptions = new Assumptions(new BigDecimal("6"), new BigDecimal("2"), new BigDecimal("40"), 6);
        return new Deal(new Pool(LocalDate.of(2026, 1, 31), loans), assumptions, structure);
    }

    static void run(int scenarios, int threads, PrintStream out) {
        Deal deal = deal();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        out.printf("ABS benchmark: %,d loans, terms up to 360 months, %d processors, %s%n", LOANS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + Runtime.version());
        out.printf("%-52s %10s %10s %10s%n", "case (times are CPU time of the running thread)", "median ms", "min ms", "runs");

        double[] engine = time(() -> CashflowEngine.project(deal).periods(), 40, 40);
        double[] baseline = time(() -> NaivePoolProjection.project(deal), 5, 10);
        double[] poolOnly = time(() -> PoolProjector.project(deal.pool(), deal.assumptions()).periods(), 40, 40);
        PoolCashflows pool = PoolProjector.project(deal.pool(), deal.assumptions());
        double[] waterfall = time(() -> CashflowEngine.distribute(deal, pool).periods(), 40, 40);
        out.printf("%-52s %10.2f %10.2f %10d%n", "base case, whole deal (engine, 1 thread)", engine[0], engine[1], 40);
        out.printf("%-52s %10.2f %10.2f %10d%n", "  of which pool projection", poolOnly[0], poolOnly[1], 40);
        out.printf("%-52s %10.2f %10.2f %10d%n", "  of which waterfall", waterfall[0], waterfall[1], 40);
        out.printf("%-52s %10.2f %10.2f %10d%n", "baseline: naive pool projection, pow per loan-month", baseline[0], baseline[1], 10);
        CashflowProjection projection = CashflowEngine.project(deal);
        out.printf("periods %d, pool %.2f%n", projection.periods(), projection.pool().beginBalance(1));

        LossPortfolio portfolio = LossPortfolio.of(deal.pool(), deal.structure().tranches());
        CreditLossModel model = new CreditLossModel(0.15, 40, 20);
        new CpuLossSimulator(threads).simulate(portfolio, model, Math.max(1, scenarios / 50), 1); // warm-up
        out.printf("%n%-52s %10s %10s %10s%n", "Monte Carlo, " + String.format("%,d", scenarios) + " scenarios", "wall s", "CPU s", "threads");
        for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            LossSimulation result = new CpuLossSimulator(t).simulate(portfolio, model, scenarios, 20260131L);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            out.printf("%-52s %10.2f %10.2f %10d%n", "CPU one-factor Gaussian copula", wall, cpuSeconds, t);
            if (t == threads) {
                out.printf("pool EL %.2f%%, 99%% VaR %.2f%%, P(loss) %.4f; tranche EL %%:", result.pool().expectedLossPct(),
                        result.pool().var99Pct(), result.pool().probabilityOfLoss());
                result.tranches().forEach((name, d) -> out.printf(" %s %.4f", name, d.expectedLossPct()));
                out.println();
            }
        }
        if (!cpu.isThreadCpuTimeSupported()) out.println("(thread CPU time not supported; CPU s is process CPU time)");
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Median and minimum milliseconds of {@code runs} timed runs after {@code warmup} untimed ones. */
    private static double[] time(java.util.function.IntSupplier work, int warmup, int runs) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) sink += work.getAsInt();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            sink += work.getAsInt();
            ms[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        if (sink == 42) System.err.print("");
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[0]};
    }
}

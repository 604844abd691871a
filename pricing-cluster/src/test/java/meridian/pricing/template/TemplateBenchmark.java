package meridian.pricing.template;

import meridian.domain.template.ResolvedTemplate;

import java.io.PrintStream;

/**
 * Prices the built-in templates by Monte Carlo (100,000 paths) and prints paths per second; not a test.
 * Run: {@code mvn -o -q -pl pricing-cluster -am test-compile} then
 * {@code java -cp <test classpath> meridian.pricing.template.TemplateBenchmark}.
 */
public final class TemplateBenchmark {
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        String[][] products = {
                {"snowball", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                        + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15}"},
                {"phoenix", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                        + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponBarrierPct\": 80, \"couponPct\": 12}"},
                {"sharkfin", "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"optionType\": \"CALL\","
                        + " \"strikePct\": 100, \"barrierPct\": 120, \"participationPct\": 80, \"rebatePct\": 2, \"observation\": \"DAILY\"}"}};
        TemplateMonteCarloPricer pricer = new TemplateMonteCarloPricer(
                name -> meridian.domain.template.TradingCalendar.WEEKDAYS, new meridian.pricing.mc.MonteCarloEngine());
        out.printf("%-10s %8s %6s %12s %10s %10s %14s%n", "template", "paths", "obs", "pv", "stdErr", "ms", "interp ns/path");
        for (String[] product : products) {
            ResolvedTemplate template = Templates.resolve(product[0], product[1], Templates.market(0.25, 0.02, 0));
            for (int warm = 0; warm < 3; warm++) {
                pricer.price(template, 100_000, 1);
            }
            long start = System.nanoTime();
            TemplateMonteCarloPricer.Result result = pricer.price(template, 100_000, 1);
            double ms = (System.nanoTime() - start) / 1e6;
            out.printf("%-10s %8d %6d %12.2f %10.2f %10.1f %14.0f%n", product[0], result.paths(), template.observationCount(),
                    result.pv(), result.stdErr(), ms, interpreterNanos(template));
        }
    }

    /** Time of the interpreter alone on one fixed path, per path. */
    private static double interpreterNanos(ResolvedTemplate template) {
        double[] spots = new double[template.observationCount()];
        // One path of the engine's stream (seed 1, pair 0): exact GBM steps on the observation times.
        double[] z = new double[spots.length];
        new meridian.pricing.mc.NormalStream(1).fill(0, z, z.length);
        double logSpot = Math.log(100);
        double previous = 0;
        for (int i = 0; i < spots.length; i++) {
            double dt = template.observationYears()[i] - previous;
            logSpot += (0.02 - 0.5 * 0.25 * 0.25) * dt + 0.25 * Math.sqrt(dt) * z[i];
            spots[i] = Math.exp(logSpot);
            previous = template.observationYears()[i];
        }
        TemplateInterpreter interpreter = new TemplateInterpreter(template);
        double[] total = new double[1];
        CashFlowSink sink = (amount, days) -> total[0] += amount;
        for (int i = 0; i < 200_000; i++) {
            interpreter.run(spots, sink);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            interpreter.run(spots, sink);
        }
        return (System.nanoTime() - start) / 200_000.0;
    }
}

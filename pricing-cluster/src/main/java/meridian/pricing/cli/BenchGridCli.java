package meridian.pricing.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.SyntheticBook;
import meridian.pricing.gpu.PlanEngines;
import meridian.pricing.pde.CpuPlanEngine;
import meridian.pricing.pde.PlanEngine;
import meridian.pricing.scenario.PdeScenarioGrid;

/**
 * {@code meridian bench-grid --contracts N --engine cpu|gpu [--seed S] [--compare-cpu K]}: the 41 × 11 spot × vol
 * grid (−20%..+20% × −5..+5 vol points) of the synthetic book by PDE, last line exactly
 * {@code grid: N contracts, 41 x 11, engine E, seconds S}. --compare-cpu K values the first K contracts' grid on the
 * CPU engine too and prints the largest cell difference as a fraction of their notional (exit 1 beyond 1e-9).
 */
public final class BenchGridCli {
    static final String USAGE = "usage: meridian bench-grid --contracts N --engine cpu|gpu [--seed S] [--compare-cpu K]";
    static final double AGREEMENT = 1e-9;

    private BenchGridCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** @return 0 when the grid was valued (and agrees), 1 on disagreement, 2 on bad arguments */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int contracts = 0;
        String engineName = null;
        long seed = 20240601L;
        int compare = 0;
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--contracts" -> contracts = Integer.parseInt(value);
                    case "--engine" -> engineName = value;
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--compare-cpu" -> compare = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (contracts < 1 || compare < 0 || !("cpu".equals(engineName) || "gpu".equals(engineName))) {
                throw new IllegalArgumentException("--contracts (at least 1) and --engine cpu|gpu are required");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        PlanEngine engine;
        if (engineName.equals("gpu")) {
            PlanEngines.Choice choice = PlanEngines.choose();
            engine = choice.engine();
            out.println("engine: " + engine.name() + " (" + choice.reason() + ")");
        } else {
            engine = new CpuPlanEngine();
            out.println("engine: cpu (asked for)");
        }
        List<BookContract> book = SyntheticBook.of(contracts, seed);
        Map<String, MarketData> markets = SyntheticBook.markets();
        List<Double> spots = steps(-0.20, 0.01, 41);
        List<Double> vols = steps(-0.05, 0.01, 11);
        long started = System.nanoTime();
        PdeScenarioGrid.Result grid = new PdeScenarioGrid(engine).value(book, markets, CalendarId.CN_SSE, spots, vols);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("pde contracts %d, left to MC %d%n", grid.pdeContracts().size(), grid.fallbacks().size());
        out.printf("pv at spot -20%%/0/+20%% (vol +0): %.2f %.2f %.2f%n", grid.pv()[0][5], grid.pv()[20][5],
                grid.pv()[40][5]);
        int status = 0;
        if (compare > 0) {
            List<BookContract> sample = book.subList(0, Math.min(compare, book.size()));
            double[][] a = new PdeScenarioGrid(engine).value(sample, markets, CalendarId.CN_SSE, spots, vols).pv();
            double[][] b = new PdeScenarioGrid(new CpuPlanEngine()).value(sample, markets, CalendarId.CN_SSE, spots,
                    vols).pv();
            double notional = sample.stream().mapToDouble(c -> c.product().terms().notionalAmount()).sum();
            double worst = 0.0;
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a[i].length; j++) {
                    worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]) / notional);
                }
            }
            boolean agree = worst <= AGREEMENT;
            out.printf("compare: %d contracts against the cpu engine, largest cell difference %.3g of notional: %s%n",
                    sample.size(), worst, agree ? "agree" : "DISAGREE");
            status = agree ? 0 : 1;
        }
        out.printf("grid: %d contracts, 41 x 11, engine %s, seconds %.3f%n", contracts, grid.engine(), seconds);
        return status;
    }

    private static List<Double> steps(double from, double step, int count) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Math.round((from + i * step) * 1e6) / 1e6);
        }
        return out;
    }
}

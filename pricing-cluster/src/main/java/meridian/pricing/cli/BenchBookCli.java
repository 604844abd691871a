package meridian.pricing.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.book.SyntheticBook;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.gpu.BookEngines;

/**
 * {@code meridian bench-book --contracts N --paths P --engine cpu|gpu [--seed S]}: values the synthetic book (PV and
 * the five Greeks) and prints totals by product, a few contracts, and last exactly one line
 * {@code book: N contracts, P paths, engine E, seconds S} (E is the engine that ran: gpu falls back to cpu, saying
 * why, where there is no GPU). Runnable on its own (main) with just this module's jar and a few libraries.
 */
public final class BenchBookCli {
    static final String USAGE =
            "usage: meridian bench-book --contracts N --paths P --engine cpu|gpu [--seed S] [--compare-cpu K]";
    /** GPU and CPU engines on the same paths agree to this fraction of notional. */
    static final double AGREEMENT = 1e-6;
    private static final int SAMPLE_ROWS = 5;

    private BenchBookCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** @return 0 when the book was valued, 2 on bad arguments */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        BookEngine engine;
        if (options.engine().equals("gpu")) {
            BookEngines.Choice choice = BookEngines.choose(new PricingService());
            engine = choice.engine();
            out.println("engine: " + choice.engine().name() + " (" + choice.reason() + ")");
        } else {
            engine = new CpuBookEngine(new PricingService());
            out.println("engine: cpu (asked for)");
        }
        List<BookContract> book = SyntheticBook.of(options.contracts(), options.seed());
        Map<String, MarketData> markets = SyntheticBook.markets();
        BookRun run = new BookRun(options.paths(), options.seed(), CalendarId.CN_SSE);
        long started = System.nanoTime();
        List<ContractRisk> risks = engine.value(book, markets, run);
        double seconds = (System.nanoTime() - started) / 1e9;
        print(book, risks, out);
        int status = 0;
        if (options.compareCpu() > 0) {
            status = compare(book.subList(0, Math.min(options.compareCpu(), book.size())), markets, run, risks, out);
        }
        out.printf("book: %d contracts, %d paths, engine %s, seconds %.3f%n", options.contracts(), options.paths(),
                engine.name(), seconds);
        return status;
    }

    /**
     * The first contracts again on the CPU engine, same seed and paths: the largest PV and Greek differences as a
     * fraction of notional (delta × spot bump, gamma × bump², so all are money), 1 when beyond {@link #AGREEMENT}.
     */
    private static int compare(List<BookContract> sample, Map<String, MarketData> markets, BookRun run,
            List<ContractRisk> risks, PrintStream out) {
        List<ContractRisk> cpu = new CpuBookEngine(new PricingService()).value(sample, markets, run);
        double worst = 0.0;
        String where = "";
        for (int i = 0; i < sample.size(); i++) {
            double notional = sample.get(i).product().terms().notionalAmount();
            double h = BookBatch.SPOT_BUMP * markets.get(sample.get(i).underlying()).spot();
            ContractRisk a = cpu.get(i);
            ContractRisk b = risks.get(i);
            double[] gaps = {a.pv() - b.pv(), (a.greeks().delta() - b.greeks().delta()) * h,
                    (a.greeks().gamma() - b.greeks().gamma()) * h * h, a.greeks().vega() - b.greeks().vega(),
                    a.greeks().theta() - b.greeks().theta(), a.greeks().rho() - b.greeks().rho()};
            for (double gap : gaps) {
                if (Math.abs(gap) / notional > worst) {
                    worst = Math.abs(gap) / notional;
                    where = a.contractId();
                }
            }
        }
        boolean agree = worst <= AGREEMENT;
        out.printf("compare: %d contracts against the cpu engine, largest difference %.3g of notional (%s): %s%n",
                sample.size(), worst, where.isEmpty() ? "-" : where, agree ? "agree" : "DISAGREE");
        return agree ? 0 : 1;
    }

    private static void print(List<BookContract> book, List<ContractRisk> risks, PrintStream out) {
        Map<String, double[]> byType = new LinkedHashMap<>();
        double[] total = new double[7];
        for (int i = 0; i < book.size(); i++) {
            ContractRisk r = risks.get(i);
            double[] row = {1, r.pv(), r.greeks().delta(), r.greeks().gamma(), r.greeks().vega(), r.greeks().theta(),
                    r.greeks().rho()};
            double[] sums = byType.computeIfAbsent(book.get(i).product().type().name(), t -> new double[7]);
            for (int k = 0; k < row.length; k++) {
                sums[k] += row[k];
                total[k] += row[k];
            }
        }
        String header = String.format("%-14s %8s %16s %14s %12s %14s %14s %14s", "product", "count", "pv", "delta",
                "gamma", "vega", "theta", "rho");
        out.println(header);
        List<String> types = new ArrayList<>(byType.keySet());
        types.sort(String::compareTo);
        for (String type : types) {
            out.println(row(type, byType.get(type)));
        }
        out.println(row("TOTAL", total));
        out.println();
        out.println(String.format("%-14s %8s %16s %14s %12s %14s %14s %14s", "contract", "stdErr", "pv", "delta",
                "gamma", "vega", "theta", "rho"));
        for (int i = 0; i < Math.min(SAMPLE_ROWS, risks.size()); i++) {
            ContractRisk r = risks.get(i);
            out.println(String.format("%-14s %8.0f %16.2f %14.2f %12.2f %14.2f %14.2f %14.2f", r.contractId(),
                    r.stdErr(), r.pv(), r.greeks().delta(), r.greeks().gamma(), r.greeks().vega(), r.greeks().theta(),
                    r.greeks().rho()));
        }
        out.println();
    }

    private static String row(String label, double[] v) {
        return String.format("%-14s %8.0f %16.2f %14.2f %12.2f %14.2f %14.2f %14.2f", label, v[0], v[1], v[2], v[3],
                v[4], v[5], v[6]);
    }

    record Options(int contracts, int paths, String engine, long seed, int compareCpu) {
        static Options parse(String[] args) {
            Integer contracts = null;
            Integer paths = null;
            String engine = null;
            long seed = 20240601L;
            int compareCpu = 0;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = args[++i];
                switch (flag) {
                    case "--contracts" -> contracts = positive(flag, value, 10_000_000);
                    case "--paths" -> paths = positive(flag, value, 20_000_000);
                    case "--engine" -> engine = value;
                    case "--seed" -> seed = number(flag, value);
                    case "--compare-cpu" -> compareCpu = positive(flag, value, 10_000_000);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (contracts == null || paths == null || engine == null) {
                throw new IllegalArgumentException("--contracts, --paths and --engine are required");
            }
            if (!engine.equals("cpu") && !engine.equals("gpu")) {
                throw new IllegalArgumentException("--engine must be cpu or gpu, not " + engine);
            }
            if (paths < 2) {
                throw new IllegalArgumentException("--paths must be at least 2");
            }
            return new Options(contracts, paths, engine, seed, compareCpu);
        }

        private static int positive(String flag, String value, int max) {
            long n = number(flag, value);
            if (n < 1 || n > max) {
                throw new IllegalArgumentException(flag + " must be between 1 and " + max + ", not " + value);
            }
            return (int) n;
        }

        private static long number(String flag, String value) {
            try {
                return Long.parseLong(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " must be a whole number, not " + value);
            }
        }
    }
}

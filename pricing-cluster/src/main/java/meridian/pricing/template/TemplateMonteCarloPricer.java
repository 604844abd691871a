package meridian.pricing.template;

import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplatePricer;
import meridian.domain.template.TestInputs;
import meridian.domain.template.TradingCalendar;

import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Monte Carlo price of a template: simulate the spot on the template's observation dates, run the program on
 * each path, discount its cash flows at the flat rate (flows dated before the valuation date count nothing).
 * Paths are split in fixed chunks across cores; chunk sums are added in order, so the result does not depend
 * on the number of threads.
 */
public final class TemplateMonteCarloPricer implements TemplatePricer {
    /** A pv, its standard error and the number of paths behind them. */
    public record Result(double pv, double stdErr, int paths) {
    }

    /** Makes the path source for a resolved template and a seed. */
    @FunctionalInterface
    public interface PathSourceFactory {
        PathSource create(ResolvedTemplate template, long seed);
    }

    /** Exact GBM on the observation times, from the market's spot, rate, yield and vol. */
    public static final PathSourceFactory GBM = (template, seed) -> {
        MarketInputs market = template.market();
        return new GbmPathSource(market.spot(), market.rate(), market.dividendYield(), market.vol(),
                template.observationYears(), seed);
    };

    private static final int CHUNK = 4096;

    private final Function<String, TradingCalendar> calendars;
    private final PathSourceFactory paths;

    /**
     * @param calendars the calendar of a contract name ({@code CN_SSE}, {@code WEEKDAYS})
     * @param paths     where paths come from; {@link #GBM} unless the engine supplies its own generator
     */
    public TemplateMonteCarloPricer(Function<String, TradingCalendar> calendars, PathSourceFactory paths) {
        this.calendars = calendars;
        this.paths = paths;
    }

    @Override
    public Price price(CompiledTemplate template, TestInputs inputs) {
        TradingCalendar calendar = calendars.apply(inputs.calendar());
        ResolvedTemplate resolved = template.resolve(inputs.terms(), inputs.market(), calendar, "terms");
        Result result = price(resolved, inputs.paths(), inputs.seed());
        return new Price(result.pv(), result.stdErr());
    }

    public Result price(ResolvedTemplate template, int pathCount, long seed) {
        if (pathCount < 2) {
            throw new IllegalArgumentException("at least 2 paths");
        }
        PathSource source = paths.create(template, seed);
        double rate = template.market().rate();
        int chunks = (pathCount + CHUNK - 1) / CHUNK;
        double[] sums = new double[chunks];
        double[] squares = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            TemplateInterpreter interpreter = new TemplateInterpreter(template);
            DiscountingSink sink = new DiscountingSink(rate);
            double[] spots = new double[template.observationCount()];
            int from = chunk * CHUNK;
            int to = Math.min(pathCount, from + CHUNK);
            double sum = 0.0;
            double square = 0.0;
            for (int path = from; path < to; path++) {
                source.fill(path, spots);
                sink.value = 0.0;
                interpreter.run(spots, sink);
                sum += sink.value;
                square += sink.value * sink.value;
            }
            sums[chunk] = sum;
            squares[chunk] = square;
        });
        double sum = 0.0;
        double square = 0.0;
        for (int chunk = 0; chunk < chunks; chunk++) {
            sum += sums[chunk];
            square += squares[chunk];
        }
        double mean = sum / pathCount;
        double variance = Math.max(square / pathCount - mean * mean, 0.0) * pathCount / (pathCount - 1);
        return new Result(mean, Math.sqrt(variance / pathCount), pathCount);
    }

    /** Discounted value of one path's cash flows. */
    static final class DiscountingSink implements CashFlowSink {
        private final double rate;
        double value;

        DiscountingSink(double rate) {
            this.rate = rate;
        }

        @Override
        public void pay(double amount, double daysAfterValuation) {
            if (daysAfterValuation >= 0) {
                value += amount * Math.exp(-rate * daysAfterValuation / 365.0);
            }
        }
    }
}

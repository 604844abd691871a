package meridian.pricing.template;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplatePricer;
import meridian.domain.template.TestInputs;
import meridian.domain.template.TradingCalendar;
import meridian.pricing.PricingService;
import meridian.pricing.mc.McResult;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.mc.PathPayoff;

import java.util.function.Function;

/**
 * Monte Carlo price of a template on the pricing engine's own paths: {@link MonteCarloEngine} simulates exact GBM on
 * the template's observation times with the Philox stream keyed by (seed, pair, step) and antithetic twins, exactly as
 * for the built-in structures (pricing-cluster/PRICING.md); the template's program runs on each path and its cash
 * flows are discounted at the flat rate (flows dated before the valuation date count nothing). So a template that
 * writes a built-in structure gives the built-in Monte Carlo price for the same seed and paths, and the GPU engine
 * can reproduce any path.
 */
public final class TemplateMonteCarloPricer implements TemplatePricer, TemplatePathPricer {
    /** A pv, its standard error and the number of paths behind them (rounded up to whole antithetic pairs). */
    public record Result(double pv, double stdErr, int paths) {
    }

    private final Function<String, TradingCalendar> calendars;
    private final MonteCarloEngine engine;

    /**
     * @param calendars the calendar of a contract name ({@code CN_SSE}, {@code WEEKDAYS})
     * @param engine    the path engine (all cores, or one thread)
     */
    public TemplateMonteCarloPricer(Function<String, TradingCalendar> calendars, MonteCarloEngine engine) {
        this.calendars = calendars;
        this.engine = engine;
    }

    /** The contract's calendars on the given engine. */
    public TemplateMonteCarloPricer(MonteCarloEngine engine) {
        this(TemplateMonteCarloPricer::contractCalendar, engine);
    }

    /**
     * The contract's calendar of that name, for template schedules. A date the calendar has no data for is a
     * {@link ValidationException} on {@code calendar}, never a guess.
     */
    public static TradingCalendar contractCalendar(String name) {
        CalendarId id;
        try {
            id = CalendarId.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException("calendar", "must be one of CN_SSE, WEEKDAYS");
        }
        meridian.domain.pricing.calendar.TradingCalendar calendar = TradingCalendars.of(id);
        return date -> {
            if (!calendar.covers(date)) {
                throw new ValidationException("calendar", id + " has no trading-day data for " + date);
            }
            return calendar.isTradingDay(date);
        };
    }

    @Override
    public Price price(CompiledTemplate template, TestInputs inputs) {
        ResolvedTemplate resolved = template.resolve(inputs.terms(), inputs.market(), calendars.apply(inputs.calendar()),
                "terms");
        Result result = price(resolved, inputs.paths(), inputs.seed());
        return new Price(result.pv(), result.stdErr());
    }

    @Override
    public String engine() {
        return PricingService.ENGINE;
    }

    @Override
    public Result price(ResolvedTemplate template, int pathCount, long seed) {
        if (pathCount < 2) {
            throw new IllegalArgumentException("at least 2 paths");
        }
        MarketInputs market = template.market();
        McResult result = engine.run(market.spot(), template.observationYears(), market.rate(), market.dividendYield(),
                market.vol(), new ProgramPayoff(template), seed, pathCount);
        return new Result(result.value(), result.stdErr(), result.paths());
    }

    /**
     * The program as an engine payoff. The engine hands it log prices {@code x} (x[0] today, x[k] at observation
     * k-1); each engine thread gets its own interpreter and buffers.
     */
    static final class ProgramPayoff implements PathPayoff {
        private final ThreadLocal<Worker> workers;

        ProgramPayoff(ResolvedTemplate template) {
            this.workers = ThreadLocal.withInitial(() -> new Worker(template));
        }

        @Override
        public double discountedValue(double[] x) {
            return workers.get().value(x);
        }
    }

    private static final class Worker {
        private final TemplateInterpreter interpreter;
        private final DiscountingSink sink;
        private final double[] spots;

        Worker(ResolvedTemplate template) {
            this.interpreter = new TemplateInterpreter(template);
            this.sink = new DiscountingSink(template.market().rate());
            this.spots = new double[template.observationCount()];
        }

        double value(double[] x) {
            for (int i = 0; i < spots.length; i++) {
                spots[i] = Math.exp(x[i + 1]);
            }
            sink.value = 0.0;
            interpreter.run(spots, sink);
            return sink.value;
        }
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

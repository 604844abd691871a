package meridian.pricing.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Asian;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;
import meridian.domain.pricing.schedule.DayCount;
import meridian.pricing.Observations;
import meridian.pricing.PricingResult;
import meridian.pricing.ProductPricer;
import meridian.pricing.analytic.AnalyticPricer;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.pde.PdePricer;
import net.finmath.exception.CalculationException;
import net.finmath.montecarlo.assetderivativevaluation.MonteCarloBlackScholesModel;
import net.finmath.montecarlo.assetderivativevaluation.products.AbstractAssetMonteCarloProduct;
import net.finmath.montecarlo.assetderivativevaluation.products.AsianOption;
import net.finmath.montecarlo.assetderivativevaluation.products.DigitalOption;
import net.finmath.montecarlo.assetderivativevaluation.products.EuropeanOption;
import net.finmath.stochastic.RandomVariable;
import net.finmath.time.TimeDiscretizationFromArray;

/**
 * Prices per second per structure: Meridian's closed form, PDE and Monte Carlo (100,000 paths), and in the same run
 * finmath-lib's Monte Carlo on the same product with the same paths and time steps (its Black-Scholes model steps
 * exactly on the observation dates, like Meridian's). "Equal accuracy" compares work to reach the same standard
 * error: efficiency = 1 / (seconds × stdErr²), ratio = Meridian efficiency / finmath efficiency.
 *
 * <p>Run: {@code mvn -B -o -q -pl core-domain,pricing-cluster -am test-compile -Pbench}
 * (optional {@code -Dexec.args="PATHS SECONDS_PER_CELL"}, default 100000 2).
 */
public final class PricingBenchmark {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final double NOTIONAL = 1_000_000;
    private static final double SPOT = 100;
    private static final double VOL = 0.25;
    private static final double RATE = 0.02;

    private final int paths;
    private final double secondsPerCell;
    private final PrintStream out;

    PricingBenchmark(int paths, double secondsPerCell, PrintStream out) {
        this.paths = paths;
        this.secondsPerCell = secondsPerCell;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        new PricingBenchmark(paths, seconds, System.out).run();
    }

    private record Measure(double pv, double stdErr, double perSecond) {
    }

    private record Case(String name, Product product, boolean closedForm, FinmathCase finmath) {
    }

    /** A finmath product per unit of the underlying and the factor turning its value into CNY. */
    private record FinmathCase(AbstractAssetMonteCarloProduct product, double scale) {
    }

    void run() throws CalculationException {
        MarketData market = new MarketData(START, SPOT, SPOT, VOL, RATE, 0.0);
        double units = NOTIONAL / SPOT;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("VANILLA call 12m", new Vanilla(terms(12), OptionType.CALL, 100), true,
                new FinmathCase(new EuropeanOption(0, 100), units)));
        cases.add(new Case("DIGITAL call 6m", new Digital(terms(6), OptionType.CALL, 100, 10), true,
                new FinmathCase(new DigitalOption(0, 100), NOTIONAL * 0.10)));
        cases.add(new Case("BARRIER up-out daily 6m",
                new Barrier(terms(6), OptionType.CALL, 100, 115, BarrierType.UP_OUT, 1, Observation.DAILY), false,
                new FinmathCase(new FinmathProducts.UpAndOutCall(100, 115, 1.0), units)));
        cases.add(new Case("SHARKFIN daily 6m",
                new Sharkfin(terms(6), OptionType.CALL, 100, 115, 100, 1, Observation.DAILY), false,
                new FinmathCase(new FinmathProducts.UpAndOutCall(100, 115, 1.0), units)));
        cases.add(new Case("ASIAN call 6m", new Asian(terms(6), OptionType.CALL, 100), false, null));
        cases.add(new Case("SNOWBALL 12m", new Snowball(terms(12), 103, 80, 15, 0, null), false, null));
        cases.add(new Case("PHOENIX 12m", new Phoenix(terms(12), 103, 80, 10, 85, 0), false, null));

        out.printf(Locale.ROOT, "Pricing benchmark: %d paths, %d cores, %.1f s per cell, spot %.0f vol %.2f rate %.2f%n",
                paths, Runtime.getRuntime().availableProcessors(), secondsPerCell, SPOT, VOL, RATE);
        out.println("| structure | steps | closed form /s | PDE /s | PDE pv | MC /s | MC pv ± se | finmath MC /s | finmath pv ± se | speed ratio | ratio at equal accuracy |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            ResolvedProduct resolved = c.product().resolve(TradingCalendars.of(CalendarId.CN_SSE));
            double[] times = timeGrid(resolved, market);
            Measure closed = c.closedForm() ? measure(new AnalyticPricer(), resolved, market) : null;
            Measure pde = PdePricer.supports(c.product()) ? measure(new PdePricer(), resolved, market) : null;
            Measure mc = measure(new McPricer(new MonteCarloEngine(), paths, 1L), resolved, market);
            Measure finmath = finmath(c, resolved, market, times);
            String speed = finmath == null ? "" : String.format(Locale.ROOT, "%.2f", mc.perSecond() / finmath.perSecond());
            String equal = finmath == null ? "" : String.format(Locale.ROOT, "%.2f",
                    (mc.perSecond() / (mc.stdErr() * mc.stdErr()))
                            / (finmath.perSecond() / (finmath.stdErr() * finmath.stdErr())));
            out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.0f ± %.0f | %s | %s | %s | %s |%n",
                    c.name(), times.length, rate(closed), rate(pde), pde == null ? "" : String.format(Locale.ROOT, "%.0f", pde.pv()),
                    rate(mc), mc.pv(), mc.stdErr(), rate(finmath),
                    finmath == null ? "" : String.format(Locale.ROOT, "%.0f ± %.0f", finmath.pv(), finmath.stdErr()),
                    speed, equal);
        }
    }

    private static ContractTerms terms(int months) {
        return new ContractTerms("000300.SH", BigDecimal.valueOf(NOTIONAL), START, null, months);
    }

    private static String rate(Measure m) {
        return m == null ? "" : String.format(Locale.ROOT, m.perSecond() >= 100 ? "%.0f" : "%.2f", m.perSecond());
    }

    private static double[] timeGrid(ResolvedProduct resolved, MarketData market) {
        Product p = resolved.product();
        if (p instanceof Vanilla || p instanceof Digital) {
            return new double[] {DayCount.act365f(market.valuationDate(), resolved.schedule().expiryDate())};
        }
        return Observations.futureTimes(market.valuationDate(), resolved.schedule().dailyDates());
    }

    private Measure measure(ProductPricer pricer, ResolvedProduct product, MarketData market) {
        return time(() -> pricer.price(product, market));
    }

    private Measure time(Supplier<PricingResult> pricing) {
        PricingResult result = pricing.get(); // warm-up
        int runs = 0;
        long started = System.nanoTime();
        double elapsed;
        do {
            result = pricing.get();
            runs++;
            elapsed = (System.nanoTime() - started) / 1e9;
        } while (elapsed < secondsPerCell && runs < 10_000);
        return new Measure(result.pv(), result.stdErr() == null ? Double.NaN : result.stdErr(), runs / elapsed);
    }

    private Measure finmath(Case c, ResolvedProduct resolved, MarketData market, double[] times) {
        FinmathCase f = c.finmath();
        AbstractAssetMonteCarloProduct product;
        double scale;
        double maturity = times[times.length - 1];
        if (c.product() instanceof Asian) {
            product = new AsianOption(maturity, 100, new TimeDiscretizationFromArray(DoubleStream.of(times)));
            scale = NOTIONAL / SPOT;
        } else if (c.product() instanceof Snowball s) {
            product = finmathSnowball(s, resolved, market, times);
            scale = NOTIONAL;
        } else if (f != null) {
            product = f.product() instanceof EuropeanOption ? new EuropeanOption(maturity, 100)
                    : f.product() instanceof DigitalOption ? new DigitalOption(maturity, 100) : f.product();
            scale = f.scale();
        } else {
            return null;
        }
        double[] grid = DoubleStream.concat(DoubleStream.of(0.0), DoubleStream.of(times)).toArray();
        AbstractAssetMonteCarloProduct priced = product;
        return time(() -> {
            try {
                // A fresh model per price: finmath generates and stores the paths when first asked.
                MonteCarloBlackScholesModel model = new MonteCarloBlackScholesModel(
                        new TimeDiscretizationFromArray(DoubleStream.of(grid)), paths, SPOT, RATE, VOL);
                RandomVariable value = priced.getValue(0.0, model);
                return new PricingResult(scale * value.getAverage(), scale * value.getStandardError(), null, null);
            } catch (CalculationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static AbstractAssetMonteCarloProduct finmathSnowball(Snowball s, ResolvedProduct resolved,
            MarketData market, double[] times) {
        var schedule = resolved.schedule();
        List<LocalDate> daily = Observations.futureDates(market.valuationDate(), schedule.dailyDates());
        List<Integer> indices = new ArrayList<>();
        List<Double> coupons = new ArrayList<>();
        for (int m = s.firstKnockOutMonth(); m <= schedule.months(); m++) {
            LocalDate date = schedule.monthlyDate(m);
            indices.add(daily.indexOf(date) + 1);
            coupons.add(s.couponPct() / 100 * DayCount.act365f(schedule.startDate(), date));
        }
        return new FinmathProducts.Snowball(s.knockOutPct(), s.knockInPct(),
                indices.stream().mapToInt(Integer::intValue).toArray(),
                coupons.stream().mapToDouble(Double::doubleValue).toArray(),
                s.effectiveDividendCouponPct() / 100 * DayCount.act365f(schedule.startDate(), schedule.expiryDate()),
                SPOT);
    }
}

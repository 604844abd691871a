package meridian.pricing.mc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Asian;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;
import meridian.domain.pricing.schedule.DayCount;
import meridian.domain.pricing.schedule.ResolvedSchedule;
import meridian.pricing.Observations;
import meridian.pricing.PricingResult;
import meridian.pricing.ProductPricer;
import meridian.pricing.analytic.BarrierTerms;
import meridian.pricing.analytic.GeometricAsian;

/** Monte Carlo pricer for every built-in structure, stepping exactly on the observation dates. */
public final class McPricer implements ProductPricer {
    private final MonteCarloEngine engine;
    private final int paths;
    private final long seed;

    public McPricer(MonteCarloEngine engine, int paths, long seed) {
        this.engine = engine;
        this.paths = paths;
        this.seed = seed;
    }

    /** Paths simulated: the request's count rounded up to whole antithetic pairs. */
    public int paths() {
        return (int) ((paths + 1L) / 2 * 2);
    }

    @Override
    public PricingResult price(ResolvedProduct resolved, MarketData m) {
        return priceAll(resolved, List.of(m)).get(0);
    }

    /** Prices the product on several markets with the same normals, one draw per path for each group of markets
     * whose time grids have the same number of steps. */
    @Override
    public List<PricingResult> priceAll(ResolvedProduct resolved, List<MarketData> markets) {
        Map<Integer, List<Integer>> byStepCount = new java.util.LinkedHashMap<>();
        List<MonteCarloEngine.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < markets.size(); i++) {
            MarketData m = markets.get(i);
            Simulation sim = simulation(resolved, m);
            scenarios.add(new MonteCarloEngine.Scenario(m.spot(), sim.times(), m.rate(), m.dividendYield(), m.vol(),
                    sim.payoff()));
            byStepCount.computeIfAbsent(sim.times().length, n -> new ArrayList<>()).add(i);
        }
        PricingResult[] results = new PricingResult[markets.size()];
        for (List<Integer> group : byStepCount.values()) {
            List<McResult> estimates = engine.run(group.stream().map(scenarios::get).toList(), seed, paths);
            for (int j = 0; j < group.size(); j++) {
                McResult r = estimates.get(j);
                results[group.get(j)] = new PricingResult(r.value(), r.stdErr(), null, null);
            }
        }
        return List.of(results);
    }

    /** The time grid and path payoff of a product on a market. */
    public record Simulation(double[] times, PathPayoff payoff) {
    }

    public static Simulation simulation(ResolvedProduct resolved, MarketData m) {
        Product product = resolved.product();
        ResolvedSchedule schedule = resolved.schedule();
        LocalDate valuation = m.valuationDate();
        double s0 = m.initialPrice();
        double notional = resolved.notional();
        double expiry = DayCount.act365f(valuation, schedule.expiryDate());
        double discount = Math.exp(-m.rate() * expiry);
        double[] expiryOnly = {expiry};
        if (product instanceof Vanilla v) {
            return new Simulation(expiryOnly,
                    new Payoffs.European(v.optionType(), v.strikePct() / 100 * s0, notional / s0, discount));
        }
        if (product instanceof Digital d) {
            return new Simulation(expiryOnly, new Payoffs.CashDigital(d.optionType(), d.strikePct() / 100 * s0,
                    notional * d.payoutPct() / 100, discount));
        }
        if (product instanceof Barrier b) {
            return barrier(BarrierTerms.of(b, s0), schedule, m, expiry, discount);
        }
        if (product instanceof Sharkfin f) {
            return barrier(BarrierTerms.of(f, s0), schedule, m, expiry, discount);
        }
        if (product instanceof Asian a) {
            Observations.requireNoPastFixings(valuation, schedule.dailyDates());
            double[] times = Observations.futureTimes(valuation, schedule.dailyDates());
            double strike = a.strikePct() / 100 * s0;
            double units = notional / s0;
            double geometric = units * GeometricAsian.price(a.optionType(), m.spot(), strike, times, expiry, m.rate(),
                    m.dividendYield(), m.vol());
            return new Simulation(times, new Payoffs.ArithmeticAsian(a.optionType(), strike, units, discount, geometric));
        }
        if (product instanceof Snowball sb) {
            List<LocalDate> dates = Observations.futureDates(valuation, schedule.dailyDates());
            double[] times = times(valuation, dates);
            boolean[] knockInDate = allTrue(dates.size() + 1);
            double[] knockOutPaid = nanArray(dates.size() + 1);
            Map<LocalDate, Integer> index = indexOf(dates);
            for (int month = sb.firstKnockOutMonth(); month <= schedule.months(); month++) {
                LocalDate date = schedule.monthlyDate(month);
                Integer k = index.get(date);
                if (k != null) {
                    double coupon = notional * sb.couponPct() / 100 * DayCount.act365f(schedule.startDate(), date);
                    knockOutPaid[k] = coupon * Math.exp(-m.rate() * times[k - 1]);
                }
            }
            double dividendCoupon = notional * sb.effectiveDividendCouponPct() / 100
                    * DayCount.act365f(schedule.startDate(), schedule.expiryDate());
            return new Simulation(times, new Payoffs.SnowballPath(Math.log(sb.knockOutPct() / 100 * s0),
                    Math.log(sb.knockInPct() / 100 * s0), knockInDate, knockOutPaid, notional, s0, dividendCoupon, discount));
        }
        if (product instanceof Phoenix ph) {
            List<LocalDate> dates = Observations.futureDates(valuation, schedule.dailyDates());
            double[] times = times(valuation, dates);
            boolean[] knockInDate = allTrue(dates.size() + 1);
            boolean[] knockOutDate = new boolean[dates.size() + 1];
            double[] couponPaid = nanArray(dates.size() + 1);
            Map<LocalDate, Integer> index = indexOf(dates);
            for (int month = 1; month <= schedule.months(); month++) {
                Integer k = index.get(schedule.monthlyDate(month));
                if (k != null) {
                    couponPaid[k] = notional * ph.couponPct() / 100 / 12 * Math.exp(-m.rate() * times[k - 1]);
                    knockOutDate[k] = month >= ph.firstKnockOutMonth();
                }
            }
            return new Simulation(times, new Payoffs.PhoenixPath(Math.log(ph.knockOutPct() / 100 * s0),
                    Math.log(ph.knockInPct() / 100 * s0), Math.log(ph.couponBarrierPct() / 100 * s0), knockInDate, knockOutDate,
                    couponPaid, notional, s0, discount));
        }
        throw new IllegalArgumentException("no Monte Carlo payoff for " + product.type());
    }

    private static Simulation barrier(BarrierTerms terms, ResolvedSchedule schedule, MarketData m, double expiry,
            double discount) {
        if (terms.observation() == Observation.CONTINUOUS) {
            return new Simulation(new double[] {expiry},
                    new Payoffs.ContinuousBarrier(terms, m.vol(), expiry, discount));
        }
        double[] times = terms.observation() == Observation.DAILY
                ? Observations.futureTimes(m.valuationDate(), schedule.dailyDates())
                : new double[] {expiry};
        return new Simulation(times, new Payoffs.DiscreteBarrier(terms, discount));
    }

    private static double[] times(LocalDate valuation, List<LocalDate> dates) {
        return dates.stream().mapToDouble(d -> DayCount.act365f(valuation, d)).toArray();
    }

    /** Grid index (1-based, as in the path array) of each date. */
    private static Map<LocalDate, Integer> indexOf(List<LocalDate> dates) {
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            index.put(dates.get(i), i + 1);
        }
        return index;
    }

    private static boolean[] allTrue(int n) {
        boolean[] flags = new boolean[n];
        Arrays.fill(flags, true);
        return flags;
    }

    private static double[] nanArray(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}

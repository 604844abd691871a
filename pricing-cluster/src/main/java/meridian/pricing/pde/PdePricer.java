package meridian.pricing.pde;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.DoubleStream;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
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

/**
 * Finite differences in spot for every structure except the Asian: delta and gamma come from the grid.
 * Discrete observations are applied on their dates; the snowball and phoenix run on two layers
 * (not knocked in / knocked in); continuous barriers are grid edges.
 */
public final class PdePricer implements ProductPricer {
    private static final double STD_DEVS = 6.0;

    private final int nodes;
    private final PdeSolver solver;

    /** 400 nodes, steps of at most 1/500 year, at least 3 per interval, one smoothing step after each event. */
    public PdePricer() {
        this(400, 1.0 / 500, 3, 1);
    }

    public PdePricer(int nodes, double maxStep, int minStepsPerInterval) {
        this(nodes, maxStep, minStepsPerInterval, 2);
    }

    /** @param smoothingSteps time steps done as two implicit half steps after expiry and after each observation */
    public PdePricer(int nodes, double maxStep, int minStepsPerInterval, int smoothingSteps) {
        this.nodes = nodes;
        this.solver = new PdeSolver(maxStep, minStepsPerInterval, smoothingSteps);
    }

    public static boolean supports(Product product) {
        return !(product instanceof Asian);
    }

    @Override
    public PricingResult price(ResolvedProduct resolved, MarketData m) {
        Product product = resolved.product();
        Context c = new Context(resolved, m);
        if (product instanceof Vanilla v) {
            return european(c, v.optionType(), v.strikePct() / 100 * c.s0, c.notional / c.s0);
        }
        if (product instanceof Digital d) {
            return digital(c, d);
        }
        if (product instanceof Barrier b) {
            return barrier(c, BarrierTerms.of(b, c.s0));
        }
        if (product instanceof Sharkfin f) {
            return barrier(c, BarrierTerms.of(f, c.s0));
        }
        if (product instanceof Snowball s) {
            return snowball(c, s);
        }
        if (product instanceof Phoenix p) {
            return phoenix(c, p);
        }
        throw new ValidationException("method", "PDE does not price " + product.type() + "; use MC");
    }

    /** Values that every product builder needs. */
    private static final class Context {
        final ResolvedSchedule schedule;
        final MarketData m;
        final double spot;
        final double s0;
        final double notional;
        final double expiry;

        Context(ResolvedProduct resolved, MarketData m) {
            this.schedule = resolved.schedule();
            this.m = m;
            this.spot = m.spot();
            this.s0 = m.initialPrice();
            this.notional = resolved.notional();
            this.expiry = DayCount.act365f(m.valuationDate(), schedule.expiryDate());
        }

        double spread() {
            return Math.exp(STD_DEVS * m.vol() * Math.sqrt(Math.max(expiry, 1.0 / 365)));
        }

        double time(LocalDate date) {
            return DayCount.act365f(m.valuationDate(), date);
        }

        double discountTo(double time) {
            return Math.exp(-m.rate() * (expiry - time));
        }

        double[] futureDailyTimes() {
            return Observations.futureTimes(m.valuationDate(), schedule.dailyDates());
        }
    }

    private double[] grid(Context c, double low, double high, double... levels) {
        double[] inside = DoubleStream.concat(DoubleStream.of(c.spot), Arrays.stream(levels))
                .filter(l -> l > low && l < high).toArray();
        return GridBuilder.build(low, high, inside, inside, nodes);
    }

    private double[] fullGrid(Context c, double... levels) {
        double min = DoubleStream.concat(DoubleStream.of(c.spot), Arrays.stream(levels)).min().orElseThrow();
        double max = DoubleStream.concat(DoubleStream.of(c.spot), Arrays.stream(levels)).max().orElseThrow();
        return grid(c, min / c.spread(), max * c.spread(), levels);
    }

    private PricingResult european(Context c, OptionType type, double strike, double units) {
        double[] g = fullGrid(c, strike);
        PdeProblem problem = new PdeProblem(g, c.expiry, 1);
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = units * intrinsic(type, g[i], strike);
        }
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        return atSpot(g, problem.layers[0], c.spot);
    }

    private PricingResult digital(Context c, Digital d) {
        double strike = d.strikePct() / 100 * c.s0;
        double amount = c.notional * d.payoutPct() / 100;
        double[] g = fullGrid(c, strike);
        PdeProblem problem = new PdeProblem(g, c.expiry, 1);
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = 0.0;
        }
        PdeProblem.setBeyond(g, strike, d.optionType() == OptionType.CALL, problem.layers[0], amount);
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        return atSpot(g, problem.layers[0], c.spot);
    }

    private PricingResult barrier(Context c, BarrierTerms b) {
        boolean up = b.up();
        double h = b.barrier();
        if (b.observation() == Observation.CONTINUOUS) {
            if (b.reached(c.spot)) {
                return b.knockOut()
                        ? new PricingResult(b.rebate() * Math.exp(-c.m.rate() * c.expiry), null, 0.0, 0.0)
                        : european(c, b.optionType(), b.strike(), b.units());
            }
            double[] full = fullGrid(c, b.strike(), h);
            double low = up ? full[0] : h;
            double high = up ? h : full[full.length - 1];
            double[] g = grid(c, low, high, b.strike(), h);
            int layers = b.knockOut() ? 1 : 2;
            PdeProblem problem = new PdeProblem(g, c.expiry, layers);
            problem.lowerEdge = new java.util.function.DoubleUnaryOperator[layers];
            problem.upperEdge = new java.util.function.DoubleUnaryOperator[layers];
            java.util.function.DoubleUnaryOperator[] edge = up ? problem.upperEdge : problem.lowerEdge;
            for (int i = 0; i < g.length; i++) {
                problem.layers[0][i] = b.units() * intrinsic(b.optionType(), g[i], b.strike());
            }
            if (b.knockOut()) {
                int edgeNode = up ? g.length - 1 : 0;
                problem.layers[0][edgeNode] = b.rebate();
                edge[0] = t -> b.rebate() * c.discountTo(t);
                solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
                return atSpot(g, problem.layers[0], c.spot);
            }
            // Knock-in by parity: vanilla − (vanilla killed at the barrier) + rebate × P(no hit).
            Arrays.fill(problem.layers[1], b.rebate());
            int edgeNode = up ? g.length - 1 : 0;
            problem.layers[0][edgeNode] = 0.0;
            problem.layers[1][edgeNode] = 0.0;
            edge[0] = t -> 0.0;
            edge[1] = t -> 0.0;
            solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
            PricingResult vanilla = european(c, b.optionType(), b.strike(), b.units());
            PricingResult killed = atSpot(g, problem.layers[0], c.spot);
            PricingResult rebate = atSpot(g, problem.layers[1], c.spot);
            return new PricingResult(vanilla.pv() - killed.pv() + rebate.pv(), null,
                    vanilla.delta() - killed.delta() + rebate.delta(),
                    vanilla.gamma() - killed.gamma() + rebate.gamma());
        }
        double[] g = fullGrid(c, b.strike(), h);
        double[] times = b.observation() == Observation.DAILY ? c.futureDailyTimes() : new double[] {c.expiry};
        if (b.knockOut()) {
            PdeProblem problem = new PdeProblem(g, c.expiry, 1);
            for (int i = 0; i < g.length; i++) {
                problem.layers[0][i] = b.units() * intrinsic(b.optionType(), g[i], b.strike());
            }
            for (double t : times) {
                double paid = b.rebate() * c.discountTo(t);
                problem.at(t, 0, true, (layers, grid) -> PdeProblem.setBeyond(grid, h, up, layers[0], paid));
            }
            solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
            return atSpot(g, problem.layers[0], c.spot);
        }
        PdeProblem problem = new PdeProblem(g, c.expiry, 2);
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = b.rebate();
            problem.layers[1][i] = b.units() * intrinsic(b.optionType(), g[i], b.strike());
        }
        for (double t : times) {
            problem.at(t, 0, true, (layers, grid) -> PdeProblem.replaceBeyond(grid, h, up, layers[0], layers[1]));
        }
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        return atSpot(g, problem.layers[0], c.spot);
    }

    private PricingResult snowball(Context c, Snowball s) {
        double knockOut = s.knockOutPct() / 100 * c.s0;
        double knockIn = s.knockInPct() / 100 * c.s0;
        double[] g = fullGrid(c, knockOut, knockIn, c.s0);
        PdeProblem problem = new PdeProblem(g, c.expiry, 2);
        double dividendCoupon = c.notional * s.effectiveDividendCouponPct() / 100
                * DayCount.act365f(c.schedule.startDate(), c.schedule.expiryDate());
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = dividendCoupon;
            problem.layers[1][i] = -c.notional * Math.max(1.0 - g[i] / c.s0, 0.0);
        }
        for (int month = s.firstKnockOutMonth(); month <= c.schedule.months(); month++) {
            LocalDate date = c.schedule.monthlyDate(month);
            if (date.isBefore(c.m.valuationDate())) {
                continue;
            }
            double coupon = c.notional * s.couponPct() / 100 * DayCount.act365f(c.schedule.startDate(), date);
            problem.at(c.time(date), 0, true, (layers, grid) -> {
                PdeProblem.setBeyond(grid, knockOut, true, layers[0], coupon);
                PdeProblem.setBeyond(grid, knockOut, true, layers[1], coupon);
            });
        }
        addKnockIn(problem, c, knockIn);
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        return atSpot(g, problem.layers[0], c.spot);
    }

    private PricingResult phoenix(Context c, Phoenix p) {
        double knockOut = p.knockOutPct() / 100 * c.s0;
        double knockIn = p.knockInPct() / 100 * c.s0;
        double couponBarrier = p.couponBarrierPct() / 100 * c.s0;
        double coupon = c.notional * p.couponPct() / 100 / 12;
        double[] g = fullGrid(c, knockOut, knockIn, couponBarrier, c.s0);
        PdeProblem problem = new PdeProblem(g, c.expiry, 2);
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = 0.0;
            problem.layers[1][i] = -c.notional * Math.max(1.0 - g[i] / c.s0, 0.0);
        }
        for (int month = 1; month <= c.schedule.months(); month++) {
            LocalDate date = c.schedule.monthlyDate(month);
            if (date.isBefore(c.m.valuationDate())) {
                continue;
            }
            boolean knockOutDate = month >= p.firstKnockOutMonth();
            problem.at(c.time(date), 0, true, (layers, grid) -> {
                for (double[] layer : layers) {
                    for (int i = 0; i < grid.length; i++) {
                        double pay = coupon * PdeProblem.weightBeyond(grid, i, couponBarrier, true);
                        double out = knockOutDate ? PdeProblem.weightBeyond(grid, i, knockOut, true) : 0.0;
                        layer[i] = out * pay + (1 - out) * (layer[i] + pay);
                    }
                }
            });
        }
        addKnockIn(problem, c, knockIn);
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        return atSpot(g, problem.layers[0], c.spot);
    }

    /** Daily knock-in: after the date's coupons and knock-outs, the not-knocked-in layer takes the knocked-in one. */
    private static void addKnockIn(PdeProblem problem, Context c, double knockIn) {
        for (double t : c.futureDailyTimes()) {
            problem.at(t, 1, true, (layers, grid) -> PdeProblem.replaceBeyond(grid, knockIn, false, layers[0], layers[1]));
        }
    }

    private static double intrinsic(OptionType type, double s, double strike) {
        return Math.max(type == OptionType.CALL ? s - strike : strike - s, 0.0);
    }

    /** Value, delta and gamma at the spot node from the three-point non-uniform formulas. */
    static PricingResult atSpot(double[] g, double[] v, double spot) {
        int i = GridBuilder.indexOf(g, spot);
        if (i < 0) {
            throw new IllegalStateException("spot " + spot + " is not a grid node");
        }
        int centre = Math.min(Math.max(i, 1), g.length - 2);
        double hm = g[centre] - g[centre - 1];
        double hp = g[centre + 1] - g[centre];
        double delta = (-hp / (hm * (hm + hp))) * v[centre - 1] + ((hp - hm) / (hm * hp)) * v[centre]
                + (hm / (hp * (hm + hp))) * v[centre + 1];
        double gamma = 2 * (v[centre - 1] / (hm * (hm + hp)) - v[centre] / (hm * hp) + v[centre + 1] / (hp * (hm + hp)));
        if (i != centre) {
            // Spot on a grid edge (a continuous barrier was just missed): extrapolate delta linearly.
            delta += gamma * (g[i] - g[centre]);
        }
        return new PricingResult(v[i], null, delta, gamma);
    }
}

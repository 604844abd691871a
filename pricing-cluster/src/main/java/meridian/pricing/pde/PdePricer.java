package meridian.pricing.pde;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
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
        Context c = new Context(resolved, m, new double[] {m.spot()}, m.vol());
        BarrierTerms continuous = continuousBarrier(product, c.s0);
        if (continuous != null) {
            return continuousBarrier(c, continuous);
        }
        PdeProblem problem = problem(c, product);
        solver.solve(problem, m.rate(), m.dividendYield(), m.vol());
        return atSpot(problem.grid, problem.layers[0], c.spot);
    }

    /**
     * The plan whose layer 0 holds, after it runs at any volatility, the PV at every node of a grid that has each of
     * the given spots as a node, is densest around spots[0] and is wide enough for widthVol; what {@link #price} runs
     * when the spots are the market's spot and widthVol its vol. The market's spot plays no other part: the same
     * spots and widthVol give the same plan whatever today's spot. Empty where one fixed grid cannot value the product at every spot: the
     * Asian (no PDE here) and continuous barriers (the grid ends at the barrier).
     */
    public Optional<PdePlan> plan(ResolvedProduct resolved, MarketData m, double[] spots, double widthVol) {
        Product product = resolved.product();
        if (!supports(product) || continuousBarrier(product, m.initialPrice()) != null) {
            return Optional.empty();
        }
        Context c = new Context(resolved, m, spots, widthVol);
        return Optional.of(solver.plan(problem(c, product), m.rate(), m.dividendYield()));
    }

    /** Why {@link #plan} is empty for a product, or null when it is not. */
    public static String planless(Product product, double s0) {
        if (!supports(product)) {
            return "the PDE does not price " + product.type();
        }
        return continuousBarrier(product, s0) != null ? "a continuous barrier is a grid edge" : null;
    }

    private static BarrierTerms continuousBarrier(Product product, double s0) {
        BarrierTerms terms = product instanceof Barrier b ? BarrierTerms.of(b, s0)
                : product instanceof Sharkfin f ? BarrierTerms.of(f, s0) : null;
        return terms != null && terms.observation() == Observation.CONTINUOUS ? terms : null;
    }

    private PdeProblem problem(Context c, Product product) {
        if (product instanceof Vanilla v) {
            return european(c, v.optionType(), v.strikePct() / 100 * c.s0, c.notional / c.s0);
        }
        if (product instanceof Digital d) {
            return digital(c, d);
        }
        if (product instanceof Barrier b) {
            return discreteBarrier(c, BarrierTerms.of(b, c.s0));
        }
        if (product instanceof Sharkfin f) {
            return discreteBarrier(c, BarrierTerms.of(f, c.s0));
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
        /** Spots that must be grid nodes (the market's spot, or every shifted spot of a scenario grid), focus first. */
        final double[] spots;
        final double widthVol;
        final double s0;
        final double notional;
        final double expiry;

        Context(ResolvedProduct resolved, MarketData m, double[] spots, double widthVol) {
            this.schedule = resolved.schedule();
            this.m = m;
            this.spot = m.spot();
            this.spots = spots;
            this.widthVol = widthVol;
            this.s0 = m.initialPrice();
            this.notional = resolved.notional();
            this.expiry = DayCount.act365f(m.valuationDate(), schedule.expiryDate());
        }

        double spread() {
            return Math.exp(STD_DEVS * widthVol * Math.sqrt(Math.max(expiry, 1.0 / 365)));
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
        double[] focus = DoubleStream.concat(DoubleStream.of(c.spots[0]), Arrays.stream(levels))
                .filter(l -> l > low && l < high).toArray();
        double[] exact = DoubleStream.concat(Arrays.stream(c.spots), Arrays.stream(levels))
                .filter(l -> l > low && l < high).toArray();
        return GridBuilder.build(low, high, focus, exact, nodes);
    }

    private double[] fullGrid(Context c, double... levels) {
        double min = DoubleStream.concat(Arrays.stream(c.spots), Arrays.stream(levels)).min().orElseThrow();
        double max = DoubleStream.concat(Arrays.stream(c.spots), Arrays.stream(levels)).max().orElseThrow();
        return grid(c, min / c.spread(), max * c.spread(), levels);
    }

    private PricingResult atSpot(Context c, PdeProblem problem) {
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        return atSpot(problem.grid, problem.layers[0], c.spot);
    }

    private PdeProblem european(Context c, OptionType type, double strike, double units) {
        double[] g = fullGrid(c, strike);
        PdeProblem problem = new PdeProblem(g, c.expiry, 1);
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = units * intrinsic(type, g[i], strike);
        }
        return problem;
    }

    private PdeProblem digital(Context c, Digital d) {
        double strike = d.strikePct() / 100 * c.s0;
        double amount = c.notional * d.payoutPct() / 100;
        double[] g = fullGrid(c, strike);
        PdeProblem problem = new PdeProblem(g, c.expiry, 1);
        PdeProblem.setBeyond(g, strike, d.optionType() == OptionType.CALL, problem.layers[0], amount);
        return problem;
    }

    private PricingResult continuousBarrier(Context c, BarrierTerms b) {
        boolean up = b.up();
        double h = b.barrier();
        if (b.reached(c.spot)) {
            return b.knockOut()
                    ? new PricingResult(b.rebate() * Math.exp(-c.m.rate() * c.expiry), null, 0.0, 0.0)
                    : atSpot(c, european(c, b.optionType(), b.strike(), b.units()));
        }
        double[] full = fullGrid(c, b.strike(), h);
        double low = up ? full[0] : h;
        double high = up ? h : full[full.length - 1];
        double[] g = grid(c, low, high, b.strike(), h);
        int layers = b.knockOut() ? 1 : 2;
        PdeProblem problem = new PdeProblem(g, c.expiry, layers);
        double[] edge = up ? problem.upperEdge : problem.lowerEdge;
        int edgeNode = up ? g.length - 1 : 0;
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = b.units() * intrinsic(b.optionType(), g[i], b.strike());
        }
        if (b.knockOut()) {
            problem.layers[0][edgeNode] = b.rebate();
            edge[0] = b.rebate();
            return atSpot(c, problem);
        }
        // Knock-in by parity: vanilla − (vanilla killed at the barrier) + rebate × P(no hit).
        Arrays.fill(problem.layers[1], b.rebate());
        problem.layers[0][edgeNode] = 0.0;
        problem.layers[1][edgeNode] = 0.0;
        edge[0] = 0.0;
        edge[1] = 0.0;
        solver.solve(problem, c.m.rate(), c.m.dividendYield(), c.m.vol());
        PricingResult vanilla = atSpot(c, european(c, b.optionType(), b.strike(), b.units()));
        PricingResult killed = atSpot(g, problem.layers[0], c.spot);
        PricingResult rebate = atSpot(g, problem.layers[1], c.spot);
        return new PricingResult(vanilla.pv() - killed.pv() + rebate.pv(), null,
                vanilla.delta() - killed.delta() + rebate.delta(),
                vanilla.gamma() - killed.gamma() + rebate.gamma());
    }

    private PdeProblem discreteBarrier(Context c, BarrierTerms b) {
        boolean up = b.up();
        double h = b.barrier();
        double[] g = fullGrid(c, b.strike(), h);
        double[] times = b.observation() == Observation.DAILY ? c.futureDailyTimes() : new double[] {c.expiry};
        if (b.knockOut()) {
            PdeProblem problem = new PdeProblem(g, c.expiry, 1);
            for (int i = 0; i < g.length; i++) {
                problem.layers[0][i] = b.units() * intrinsic(b.optionType(), g[i], b.strike());
            }
            for (double t : times) {
                problem.at(t, 0, true, EventOp.setBeyond(0, h, up, b.rebate() * c.discountTo(t)));
            }
            return problem;
        }
        PdeProblem problem = new PdeProblem(g, c.expiry, 2);
        for (int i = 0; i < g.length; i++) {
            problem.layers[0][i] = b.rebate();
            problem.layers[1][i] = b.units() * intrinsic(b.optionType(), g[i], b.strike());
        }
        for (double t : times) {
            problem.at(t, 0, true, EventOp.replaceBeyond(0, 1, h, up));
        }
        return problem;
    }

    private PdeProblem snowball(Context c, Snowball s) {
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
            problem.at(c.time(date), 0, true, EventOp.setBeyond(0, knockOut, true, coupon),
                    EventOp.setBeyond(1, knockOut, true, coupon));
        }
        addKnockIn(problem, c, knockIn);
        return problem;
    }

    private PdeProblem phoenix(Context c, Phoenix p) {
        double knockOut = p.knockOutPct() / 100 * c.s0;
        double knockIn = p.knockInPct() / 100 * c.s0;
        double couponBarrier = p.couponBarrierPct() / 100 * c.s0;
        double coupon = c.notional * p.couponPct() / 100 / 12;
        double[] g = fullGrid(c, knockOut, knockIn, couponBarrier, c.s0);
        PdeProblem problem = new PdeProblem(g, c.expiry, 2);
        for (int i = 0; i < g.length; i++) {
            problem.layers[1][i] = -c.notional * Math.max(1.0 - g[i] / c.s0, 0.0);
        }
        for (int month = 1; month <= c.schedule.months(); month++) {
            LocalDate date = c.schedule.monthlyDate(month);
            if (date.isBefore(c.m.valuationDate())) {
                continue;
            }
            double out = month >= p.firstKnockOutMonth() ? knockOut : Double.NaN;
            problem.at(c.time(date), 0, true, EventOp.coupon(0, couponBarrier, coupon, out),
                    EventOp.coupon(1, couponBarrier, coupon, out));
        }
        addKnockIn(problem, c, knockIn);
        return problem;
    }

    /** Daily knock-in: after the date's coupons and knock-outs, the not-knocked-in layer takes the knocked-in one. */
    private static void addKnockIn(PdeProblem problem, Context c, double knockIn) {
        for (double t : c.futureDailyTimes()) {
            problem.at(t, 1, true, EventOp.replaceBeyond(0, 1, knockIn, false));
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

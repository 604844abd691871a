package meridian.pricing.mc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact GBM (in log price) on a grid of observation times, antithetic pairs, optional control variate, all cores.
 * Pair p draws the normals of stream path p; its antithetic twin uses their negatives. Pairs are cut into fixed
 * blocks whose partial sums are added in block order, so the result does not depend on the number of threads.
 */
public final class MonteCarloEngine {
    static final int BLOCK_PAIRS = 1024;

    private final boolean parallel;

    public MonteCarloEngine() {
        this(true);
    }

    public MonteCarloEngine(boolean parallel) {
        this.parallel = parallel;
    }

    /** One market scenario of a simulation: its spot, time grid, drift inputs and payoff. */
    public record Scenario(double spot, double[] times, double rate, double dividendYield, double vol,
            PathPayoff payoff) {
    }

    /**
     * @param times observation times in years from valuation, ascending, each ≥ 0
     * @param paths paths wanted; rounded up to an even number
     */
    public McResult run(double spot, double[] times, double rate, double dividendYield, double vol,
            PathPayoff payoff, long seed, int paths) {
        return run(List.of(new Scenario(spot, times, rate, dividendYield, vol, payoff)), seed, paths).get(0);
    }

    /**
     * Several scenarios on the same normals (common random numbers), drawn once per path: the way bumped Greeks
     * are priced. All scenarios must have the same number of steps.
     */
    public List<McResult> run(List<Scenario> scenarios, long seed, int paths) {
        int steps = scenarios.get(0).times().length;
        int count = scenarios.size();
        double[][] drift = new double[count][];
        double[][] diffusion = new double[count][];
        for (int s = 0; s < count; s++) {
            Scenario scenario = scenarios.get(s);
            if (scenario.times().length != steps) {
                throw new IllegalArgumentException("scenarios must share their number of steps");
            }
            drift[s] = new double[steps];
            diffusion[s] = new double[steps];
            double previous = 0.0;
            for (int k = 0; k < steps; k++) {
                double dt = scenario.times()[k] - previous;
                if (dt < 0) {
                    throw new IllegalArgumentException("times must ascend from 0");
                }
                drift[s][k] = (scenario.rate() - scenario.dividendYield() - 0.5 * scenario.vol() * scenario.vol()) * dt;
                diffusion[s][k] = scenario.vol() * Math.sqrt(dt);
                previous = scenario.times()[k];
            }
        }
        long pairs = (paths + 1L) / 2;
        int blocks = (int) ((pairs + BLOCK_PAIRS - 1) / BLOCK_PAIRS);
        IntStream range = IntStream.range(0, blocks);
        Sums[][] partial = (parallel ? range.parallel() : range)
                .mapToObj(block -> runBlock(block, pairs, scenarios, drift, diffusion, seed))
                .toArray(Sums[][]::new);
        List<McResult> results = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            Sums total = new Sums();
            for (Sums[] sums : partial) {
                total.add(sums[s]);
            }
            results.add(total.result(scenarios.get(s).payoff().controlVariate(), (int) (2 * pairs)));
        }
        return results;
    }

    private static Sums[] runBlock(int block, long pairs, List<Scenario> scenarios, double[][] drift,
            double[][] diffusion, long seed) {
        int count = scenarios.size();
        int steps = drift[0].length;
        NormalStream stream = new NormalStream(seed);
        double[] z = new double[steps];
        double[] up = new double[steps + 1];
        double[] down = new double[steps + 1];
        double[] logSpot = new double[count];
        PathPayoff[] payoffs = new PathPayoff[count];
        PathPayoff.ControlVariate[] controls = new PathPayoff.ControlVariate[count];
        Sums[] sums = new Sums[count];
        for (int s = 0; s < count; s++) {
            logSpot[s] = Math.log(scenarios.get(s).spot());
            payoffs[s] = scenarios.get(s).payoff();
            controls[s] = payoffs[s].controlVariate();
            sums[s] = new Sums();
        }
        long first = (long) block * BLOCK_PAIRS;
        long last = Math.min(first + BLOCK_PAIRS, pairs);
        for (long pair = first; pair < last; pair++) {
            stream.fill(pair, z, steps);
            for (int s = 0; s < count; s++) {
                double[] mu = drift[s];
                double[] sigma = diffusion[s];
                double a = logSpot[s];
                double b = logSpot[s];
                up[0] = a;
                down[0] = b;
                for (int k = 0; k < steps; k++) {
                    double shock = sigma[k] * z[k];
                    a += mu[k] + shock;
                    b += mu[k] - shock;
                    up[k + 1] = a;
                    down[k + 1] = b;
                }
                double y = 0.5 * (payoffs[s].discountedValue(up) + payoffs[s].discountedValue(down));
                PathPayoff.ControlVariate control = controls[s];
                double c = control == null ? 0.0 : 0.5 * (control.value(up) + control.value(down));
                sums[s].accept(y, c);
            }
        }
        return sums;
    }

    /**
     * Mean, variance and covariance of pair averages by Welford's update, blocks merged with Chan's formula in block
     * order: no cancellation when the payoff barely varies, and the same bits for any thread count.
     */
    private static final class Sums {
        long n;
        double meanY;
        double meanC;
        double m2Y;
        double m2C;
        double coYC;

        void accept(double y, double c) {
            n++;
            double dy = y - meanY;
            double dc = c - meanC;
            meanY += dy / n;
            meanC += dc / n;
            m2Y += dy * (y - meanY);
            m2C += dc * (c - meanC);
            coYC += dy * (c - meanC);
        }

        void add(Sums other) {
            if (other.n == 0) {
                return;
            }
            if (n == 0) {
                n = other.n;
                meanY = other.meanY;
                meanC = other.meanC;
                m2Y = other.m2Y;
                m2C = other.m2C;
                coYC = other.coYC;
                return;
            }
            long total = n + other.n;
            double dy = other.meanY - meanY;
            double dc = other.meanC - meanC;
            double weight = (double) n * other.n / total;
            meanY += dy * other.n / total;
            meanC += dc * other.n / total;
            m2Y += other.m2Y + dy * dy * weight;
            m2C += other.m2C + dc * dc * weight;
            coYC += other.coYC + dy * dc * weight;
            n = total;
        }

        McResult result(PathPayoff.ControlVariate control, int paths) {
            double varY = n > 1 ? m2Y / (n - 1) : 0.0;
            if (control == null) {
                return new McResult(meanY, Math.sqrt(varY / n), paths);
            }
            double varC = n > 1 ? m2C / (n - 1) : 0.0;
            if (!(varC > 0)) {
                return new McResult(meanY, Math.sqrt(varY / n), paths);
            }
            double cov = coYC / (n - 1);
            double beta = cov / varC;
            double value = meanY - beta * (meanC - control.mean());
            double residual = Math.max(varY - cov * cov / varC, 0.0);
            return new McResult(value, Math.sqrt(residual / n), paths);
        }
    }
}

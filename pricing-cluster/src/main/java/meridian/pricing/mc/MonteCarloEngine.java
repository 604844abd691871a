package meridian.pricing.mc;

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

    /**
     * @param times observation times in years from valuation, ascending, each ≥ 0
     * @param paths paths wanted; rounded up to an even number
     */
    public McResult run(double spot, double[] times, double rate, double dividendYield, double vol,
            PathPayoff payoff, long seed, int paths) {
        int steps = times.length;
        double[] drift = new double[steps];
        double[] diffusion = new double[steps];
        double previous = 0.0;
        for (int k = 0; k < steps; k++) {
            double dt = times[k] - previous;
            if (dt < 0) {
                throw new IllegalArgumentException("times must ascend from 0");
            }
            drift[k] = (rate - dividendYield - 0.5 * vol * vol) * dt;
            diffusion[k] = vol * Math.sqrt(dt);
            previous = times[k];
        }
        long pairs = (paths + 1L) / 2;
        int blocks = (int) ((pairs + BLOCK_PAIRS - 1) / BLOCK_PAIRS);
        PathPayoff.ControlVariate control = payoff.controlVariate();
        IntStream range = IntStream.range(0, blocks);
        Sums[] partial = (parallel ? range.parallel() : range)
                .mapToObj(block -> runBlock(block, pairs, spot, drift, diffusion, payoff, control, seed))
                .toArray(Sums[]::new);
        Sums total = new Sums();
        for (Sums sums : partial) {
            total.add(sums);
        }
        return total.result(control, (int) (2 * pairs));
    }

    private static Sums runBlock(int block, long pairs, double spot, double[] drift, double[] diffusion,
            PathPayoff payoff, PathPayoff.ControlVariate control, long seed) {
        int steps = drift.length;
        NormalStream stream = new NormalStream(seed);
        double[] z = new double[steps];
        double[] up = new double[steps + 1];
        double[] down = new double[steps + 1];
        double logSpot = Math.log(spot);
        up[0] = logSpot;
        down[0] = logSpot;
        Sums sums = new Sums();
        long first = (long) block * BLOCK_PAIRS;
        long last = Math.min(first + BLOCK_PAIRS, pairs);
        for (long pair = first; pair < last; pair++) {
            stream.fill(pair, z, steps);
            double a = logSpot;
            double b = logSpot;
            for (int k = 0; k < steps; k++) {
                double shock = diffusion[k] * z[k];
                a += drift[k] + shock;
                b += drift[k] - shock;
                up[k + 1] = a;
                down[k + 1] = b;
            }
            double y = 0.5 * (payoff.discountedValue(up) + payoff.discountedValue(down));
            double c = control == null ? 0.0 : 0.5 * (control.value(up) + control.value(down));
            sums.accept(y, c);
        }
        return sums;
    }

    private static final class Sums {
        long n;
        double y;
        double yy;
        double c;
        double cc;
        double yc;

        void accept(double valueY, double valueC) {
            n++;
            y += valueY;
            yy += valueY * valueY;
            c += valueC;
            cc += valueC * valueC;
            yc += valueY * valueC;
        }

        void add(Sums other) {
            n += other.n;
            y += other.y;
            yy += other.yy;
            c += other.c;
            cc += other.cc;
            yc += other.yc;
        }

        McResult result(PathPayoff.ControlVariate control, int paths) {
            double meanY = y / n;
            double varY = n > 1 ? Math.max((yy - n * meanY * meanY) / (n - 1), 0.0) : 0.0;
            if (control == null) {
                return new McResult(meanY, Math.sqrt(varY / n), paths);
            }
            double meanC = c / n;
            double varC = n > 1 ? (cc - n * meanC * meanC) / (n - 1) : 0.0;
            double cov = n > 1 ? (yc - n * meanY * meanC) / (n - 1) : 0.0;
            if (!(varC > 0)) {
                return new McResult(meanY, Math.sqrt(varY / n), paths);
            }
            double beta = cov / varC;
            double value = meanY - beta * (meanC - control.mean());
            double residual = Math.max(varY - cov * cov / varC, 0.0);
            return new McResult(value, Math.sqrt(residual / n), paths);
        }
    }
}

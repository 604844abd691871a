package meridian.pricing.book.batch;

import java.util.stream.IntStream;
import meridian.pricing.mc.FlatPayoff;
import meridian.pricing.mc.NormalStream;

/**
 * The batch kernel on the CPU, and the reference the CUDA kernel (src/main/cuda/book_mc.cu) is a line-by-line copy
 * of: every leg of a contract on the same antithetic pairs, pairs cut into runs of {@link #RUN_PAIRS} as in
 * MonteCarloEngine (so each leg gets exactly the bits PricingService gives), runs of all contracts in parallel.
 */
public final class CpuBatchKernel {
    static final int RUN_PAIRS = 1024;

    private CpuBatchKernel() {
    }

    public static LegSums run(BookBatch batch, long seed, int paths) {
        long pairs = (paths + 1L) / 2;
        int runs = (int) ((pairs + RUN_PAIRS - 1) / RUN_PAIRS);
        int contracts = batch.contracts();
        double[][] partial = IntStream.range(0, contracts * runs).parallel()
                .mapToObj(task -> runPairs(batch, task / runs, task % runs, pairs, seed))
                .toArray(double[][]::new);
        LegSums sums = new LegSums(contracts);
        for (int c = 0; c < contracts; c++) {
            for (int r = 0; r < runs; r++) {
                for (int leg = 0; leg < BookBatch.LEGS; leg++) {
                    LegSums.merge(sums.values, LegSums.at(c, leg), partial[c * runs + r], LegSums.WIDTH * leg);
                }
            }
        }
        return sums;
    }

    private static double[] runPairs(BookBatch batch, int contract, int run, long pairs, long seed) {
        double[] sums = new double[BookBatch.LEGS * LegSums.WIDTH];
        int steps = 0;
        for (int leg = 0; leg < BookBatch.LEGS; leg++) {
            steps = Math.max(steps, batch.legInts[(contract * BookBatch.LEGS + leg) * BookBatch.LEG_INTS + 1]);
        }
        Normals z = new Normals(new NormalStream(seed), steps);
        long first = (long) run * RUN_PAIRS;
        long last = Math.min(first + RUN_PAIRS, pairs);
        for (long pair = first; pair < last; pair++) {
            z.startPath(pair);
            for (int leg = 0; leg < BookBatch.LEGS; leg++) {
                int l = contract * BookBatch.LEGS + leg;
                if (batch.legInts[l * BookBatch.LEG_INTS] >= 0) {
                    LegSums.accept(sums, LegSums.WIDTH * leg, pairValue(batch, l, z));
                }
            }
        }
        return sums;
    }

    /**
     * A path's normals drawn only as far as a leg reads them (a path knocked out in month 3 of 24 needs few), a
     * chunk at a time, as the CUDA kernel draws them step by step.
     */
    static final class Normals {
        private static final int CHUNK = 16;
        private final NormalStream stream;
        private final double[] z;
        private long path;
        private int drawn;

        Normals(NormalStream stream, int steps) {
            this.stream = stream;
            this.z = new double[steps];
        }

        void startPath(long pair) {
            path = pair;
            drawn = 0;
        }

        double at(int step) {
            if (step >= drawn) {
                int to = Math.min(z.length, (step / CHUNK + 1) * CHUNK);
                stream.fill(path, z, drawn, to);
                drawn = to;
            }
            return z[step];
        }
    }

    /** The average of the discounted payoffs of a path and its antithetic twin, for leg {@code l}. */
    static double pairValue(BookBatch batch, int l, Normals z) {
        int[] li = batch.legInts;
        double[] ld = batch.legDoubles;
        int kind = li[l * BookBatch.LEG_INTS];
        int steps = li[l * BookBatch.LEG_INTS + 1];
        int grid = li[l * BookBatch.LEG_INTS + 2];
        int eventAt = li[l * BookBatch.LEG_INTS + 3];
        int eventEnd = eventAt + li[l * BookBatch.LEG_INTS + 4];
        int d = l * BookBatch.LEG_DOUBLES;
        double logSpot = ld[d];
        double mu = ld[d + 1];
        double vol = ld[d + 2];
        int p = d + 3;
        Path up = new Path();
        Path down = new Path();
        double a = logSpot;
        double b = logSpot;
        for (int k = 0; k < steps && !(up.done && down.done); k++) {
            double drift = mu * batch.stepLengths[grid + k];
            double shock = vol * batch.stepRoots[grid + k] * z.at(k);
            a += drift + shock;
            b += drift - shock;
            int flags = 0;
            double amount = 0.0;
            if (eventAt < eventEnd && batch.eventSteps[eventAt] == k) {
                flags = batch.eventFlags[eventAt];
                amount = batch.eventAmounts[eventAt];
                eventAt++;
            }
            up.observe(kind, ld, p, a, flags, amount);
            down.observe(kind, ld, p, b, flags, amount);
        }
        return 0.5 * (up.finish(kind, ld, p, logSpot, a) + down.finish(kind, ld, p, logSpot, b));
    }

    /** One path's state: barrier reached or knocked in, ended early (knock-out), value so far. */
    private static final class Path {
        boolean hit;
        boolean done;
        double value;

        void observe(int kind, double[] ld, int p, double x, int flags, double amount) {
            if (done) {
                return;
            }
            if (kind == FlatPayoff.DISCRETE_BARRIER) {
                if (ld[p + 4] != 0 ? x >= ld[p + 6] : x <= ld[p + 6]) {
                    hit = true;
                }
            } else if (kind == FlatPayoff.SNOWBALL) {
                if (x <= ld[p + 1]) {
                    hit = true;
                }
                if ((flags & FlatPayoff.KNOCK_OUT) != 0 && x >= ld[p]) {
                    value = amount;
                    done = true;
                }
            } else if (kind == FlatPayoff.PHOENIX) {
                if (x <= ld[p + 1]) {
                    hit = true;
                }
                if ((flags & FlatPayoff.COUPON) != 0 && x >= ld[p + 2]) {
                    value += amount;
                }
                if ((flags & FlatPayoff.KNOCK_OUT) != 0 && x >= ld[p]) {
                    done = true;
                }
            }
        }

        double finish(int kind, double[] ld, int p, double start, double end) {
            if (done) {
                return value;
            }
            switch (kind) {
                case FlatPayoff.EUROPEAN: {
                    double s = Math.exp(end);
                    return ld[p + 3] * ld[p + 2] * Math.max(ld[p] != 0 ? s - ld[p + 1] : ld[p + 1] - s, 0.0);
                }
                case FlatPayoff.DIGITAL: {
                    double s = Math.exp(end);
                    boolean pays = ld[p] != 0 ? s > ld[p + 1] : s < ld[p + 1];
                    return pays ? ld[p + 3] * ld[p + 2] : 0.0;
                }
                case FlatPayoff.DISCRETE_BARRIER:
                    return ld[p + 3] * barrierPayoff(ld, p, Math.exp(end), hit);
                case FlatPayoff.CONTINUOUS_BARRIER: {
                    double logBarrier = ld[p + 6];
                    boolean up = ld[p + 4] != 0;
                    double vol = ld[p + 8];
                    double time = ld[p + 9];
                    double h;
                    if (up ? start >= logBarrier || end >= logBarrier : start <= logBarrier || end <= logBarrier) {
                        h = 1.0;
                    } else if (time <= 0) {
                        h = 0.0;
                    } else {
                        h = Math.exp(-2.0 * (logBarrier - start) * (logBarrier - end) / (vol * vol * time));
                    }
                    double s = Math.exp(end);
                    return ld[p + 3] * (h * barrierPayoff(ld, p, s, true) + (1.0 - h) * barrierPayoff(ld, p, s, false));
                }
                case FlatPayoff.SNOWBALL:
                    if (hit) {
                        return -ld[p + 5] * ld[p + 2] * Math.max(1.0 - Math.exp(end) / ld[p + 3], 0.0);
                    }
                    return ld[p + 5] * ld[p + 4];
                case FlatPayoff.PHOENIX:
                    if (hit) {
                        return value - ld[p + 5] * ld[p + 3] * Math.max(1.0 - Math.exp(end) / ld[p + 4], 0.0);
                    }
                    return value;
                default:
                    throw new IllegalStateException("payoff kind " + kind);
            }
        }

        /** BarrierTerms.payoff: the vanilla when knock-out and reached differ, else the rebate. */
        private static double barrierPayoff(double[] ld, int p, double s, boolean reached) {
            boolean knockOut = ld[p + 5] != 0;
            if (knockOut == reached) {
                return ld[p + 7];
            }
            return ld[p + 2] * Math.max(ld[p] != 0 ? s - ld[p + 1] : ld[p + 1] - s, 0.0);
        }
    }
}

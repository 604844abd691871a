package meridian.pricing.abs.loss;

import meridian.pricing.mc.Philox4x32;

/**
 * The loss_mc kernel in Java, draw for draw (the same Philox counters, Box-Muller, geometric jumps): the reference
 * its CUDA source is checked against on the CPU, and, through it, against CpuLossSimulator in distribution.
 */
final class PhiloxLossTwin {
    private static final int TAG = 0x4C4F5353;
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

    private PhiloxLossTwin() {
    }

    static double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        LossKernelInput in = LossKernelInput.of(portfolio, model);
        double[] losses = new double[scenarios];
        for (int s = 0; s < scenarios; s++) {
            Draws d = new Draws(seed, s);
            double z = d.normal();
            double loss = 0.0;
            for (int b = 0; b < in.threshold().length; b++) {
                double p = Normal.cdf((in.threshold()[b] - in.systematic() * z) / in.idiosyncratic());
                int start = in.bucketStart()[b];
                int n = in.bucketLength()[b];
                if (p <= 0) {
                    continue;
                }
                if (p >= 1) {
                    for (int i = 0; i < n; i++) {
                        loss += in.balances()[start + i] * (1 - d.recovery(in.recoveryMean(), in.recoverySd()));
                    }
                    continue;
                }
                double logSurvival = Math.log1p(-p);
                long next = -1;
                while (true) {
                    double jump = Math.log(1.0 - d.uniform()) / logSurvival;
                    if (jump >= n) {
                        break;
                    }
                    next += 1 + (long) jump;
                    if (next >= n) {
                        break;
                    }
                    loss += in.balances()[start + (int) next] * (1 - d.recovery(in.recoveryMean(), in.recoverySd()));
                }
            }
            losses[s] = loss;
        }
        return losses;
    }

    private static final class Draws {
        final int k0;
        final int k1;
        final int scenario;
        final int[] w = new int[4];
        int next;

        Draws(long seed, int scenario) {
            this.k0 = (int) seed;
            this.k1 = (int) (seed >>> 32);
            this.scenario = scenario;
        }

        private void words() {
            Philox4x32.generate(next++, 0, scenario, TAG, k0, k1, w);
        }

        double uniform() {
            words();
            return combine(w[0], w[1]) * TWO_POW_MINUS_53;
        }

        double normal() {
            words();
            double u1 = (combine(w[0], w[1]) + 1.0) * TWO_POW_MINUS_53;
            double u2 = combine(w[2], w[3]) * TWO_POW_MINUS_53;
            return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }

        double recovery(double mean, double sd) {
            return sd == 0 ? mean : Math.min(1, Math.max(0, mean + sd * normal()));
        }

        private static double combine(int a, int b) {
            return (double) (((long) (a >>> 5) << 26) | (b >>> 6));
        }
    }
}

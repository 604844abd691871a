package meridian.pricing.gpu;

import meridian.pricing.template.TemplateMonteCarloPricer;

/** template_mc's per-block Welford sums (n, mean, m2) merged in block order into a price. */
final class TemplateSums {
    private TemplateSums() {
    }

    static TemplateMonteCarloPricer.Result result(double[] sums, int blocks) {
        double n = 0.0;
        double mean = 0.0;
        double m2 = 0.0;
        for (int b = 0; b < blocks; b++) {
            double m = sums[3 * b];
            if (m == 0) {
                continue;
            }
            if (n == 0) {
                n = m;
                mean = sums[3 * b + 1];
                m2 = sums[3 * b + 2];
                continue;
            }
            double total = n + m;
            double dy = sums[3 * b + 1] - mean;
            double weight = n * m / total;
            mean += dy * m / total;
            m2 += sums[3 * b + 2] + dy * dy * weight;
            n = total;
        }
        double variance = n > 1 ? m2 / (n - 1) : 0.0;
        return new TemplateMonteCarloPricer.Result(mean, Math.sqrt(variance / n), (int) (2 * n));
    }
}

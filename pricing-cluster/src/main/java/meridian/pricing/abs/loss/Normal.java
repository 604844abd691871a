package meridian.pricing.abs.loss;

import smile.math.special.Erf;

/** The standard normal distribution function and its inverse. */
final class Normal {
    private Normal() {
    }

    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** Inverse of {@link #cdf}; -inf at 0 and +inf at 1. */
    static double quantile(double p) {
        if (p <= 0) return Double.NEGATIVE_INFINITY;
        if (p >= 1) return Double.POSITIVE_INFINITY;
        return -Math.sqrt(2) * Erf.inverfc(2 * p);
    }
}

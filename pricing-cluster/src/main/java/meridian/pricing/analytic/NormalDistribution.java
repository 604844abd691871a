package meridian.pricing.analytic;

/**
 * Standard normal distribution to near machine precision in relative terms: Marsaglia's Taylor series in the
 * centre and Laplace's continued fraction for the tails.
 */
public final class NormalDistribution {
    private static final double LOG_SQRT_2PI = 0.91893853320467274178;
    private static final double TAIL = 3.0;

    private NormalDistribution() {
    }

    public static double pdf(double x) {
        return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
    }

    public static double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < -TAIL) {
            return upperTail(-x);
        }
        if (x > TAIL) {
            return 1.0 - upperTail(x);
        }
        double sum = x;
        double previous = 0.0;
        double term = x;
        double square = x * x;
        double i = 1.0;
        while (sum != previous) {
            previous = sum;
            i += 2.0;
            term *= square / i;
            sum = previous + term;
        }
        return 0.5 + sum * Math.exp(-0.5 * square - LOG_SQRT_2PI);
    }

    /** Q(x) = 1 − Φ(x) for x ≥ 3: φ(x) / (x + 1/(x + 2/(x + 3/(x + ...)))) by the modified Lentz method. */
    private static double upperTail(double x) {
        if (x > 40) {
            return 0.0;
        }
        double tiny = 1e-300;
        double f = x;
        double c = f;
        double d = 0.0;
        for (int n = 1; n < 10_000; n++) {
            d = x + n * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = x + n / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return pdf(x) / f;
    }
}

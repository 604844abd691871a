package meridian.pricing.solve;

import java.util.function.DoubleUnaryOperator;

/** Brent's root finder (inverse quadratic interpolation, secant and bisection) on a bracketing interval. */
public final class Brent {
    /** A root and the number of function evaluations it took. */
    public record Root(double x, double fx, int evaluations) {
    }

    private Brent() {
    }

    /** Requires f(a) and f(b) of opposite signs (or one of them zero). */
    public static Root solve(DoubleUnaryOperator f, double a, double b, double fa, double fb, double tolerance,
            int maxEvaluations) {
        if (fa == 0) {
            return new Root(a, fa, 0);
        }
        if (fb == 0) {
            return new Root(b, fb, 0);
        }
        if (Math.signum(fa) == Math.signum(fb)) {
            throw new IllegalArgumentException("root not bracketed");
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        int evaluations = 0;
        while (evaluations < maxEvaluations) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * Math.ulp(1.0) * Math.abs(b) + 0.5 * tolerance;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return new Root(b, fb, evaluations);
            }
            if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qa = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = d;
                }
            } else {
                d = m;
                e = d;
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : Math.copySign(tol, m);
            fb = f.applyAsDouble(b);
            evaluations++;
        }
        return new Root(b, fb, evaluations);
    }
}

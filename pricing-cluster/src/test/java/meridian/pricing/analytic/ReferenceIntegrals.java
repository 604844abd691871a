package meridian.pricing.analytic;

import java.util.function.DoubleUnaryOperator;

/**
 * Independent references for the closed forms: expectations as integrals over the terminal log-return
 * x = ln(S_T/S), by composite Simpson on pieces split at the payoff's kinks, using only exp.
 * The barrier references use the reflection-principle density of a drifted Brownian motion that never
 * reached the level h = ln(H/S): [n(x − νT) − exp(2νh/σ²)·n(x − 2h − νT)] for x on the live side.
 */
final class ReferenceIntegrals {
    private static final int PIECES = 20_000;

    private ReferenceIntegrals() {
    }

    static double normalDensity(double x, double mean, double sd) {
        double u = (x - mean) / sd;
        return Math.exp(-0.5 * u * u) / (sd * Math.sqrt(2 * Math.PI));
    }

    /** ∫ f over [a, b] split at the given interior points. */
    static double integrate(DoubleUnaryOperator f, double a, double b, double... breaks) {
        double[] points = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(a, b),
                java.util.Arrays.stream(breaks).filter(p -> p > a && p < b)).sorted().toArray();
        double total = 0;
        for (int i = 0; i + 1 < points.length; i++) {
            total += simpson(f, points[i], points[i + 1]);
        }
        return total;
    }

    private static double simpson(DoubleUnaryOperator f, double a, double b) {
        double h = (b - a) / PIECES;
        // Endpoints are taken from inside the piece: payoffs may jump exactly there.
        double inset = 1e-13 * (b - a);
        double sum = f.applyAsDouble(a + inset) + f.applyAsDouble(b - inset);
        for (int i = 1; i < PIECES; i++) {
            sum += f.applyAsDouble(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    /** Discounted E[payoff(S_T)] with payoff kinks at the given levels. */
    static double european(DoubleUnaryOperator payoff, double spot, double t, double r, double q, double vol,
            double... kinks) {
        double mean = (r - q - 0.5 * vol * vol) * t;
        double sd = vol * Math.sqrt(t);
        double[] breaks = java.util.Arrays.stream(kinks).map(k -> Math.log(k / spot)).toArray();
        return Math.exp(-r * t) * integrate(x -> payoff.applyAsDouble(spot * Math.exp(x)) * normalDensity(x, mean, sd),
                mean - 14 * sd, mean + 14 * sd, breaks);
    }

    /** Discounted E[payoff(S_T); barrier never reached], and with payoff ≡ 1 the survival probability (undiscounted if r=0). */
    static double survived(DoubleUnaryOperator payoff, boolean up, double spot, double barrier, double t, double r,
            double q, double vol, double... kinks) {
        double nu = r - q - 0.5 * vol * vol;
        double mean = nu * t;
        double sd = vol * Math.sqrt(t);
        double h = Math.log(barrier / spot);
        double image = Math.exp(2 * nu * h / (vol * vol));
        DoubleUnaryOperator density = x -> normalDensity(x, mean, sd) - image * normalDensity(x, 2 * h + mean, sd);
        double[] breaks = java.util.Arrays.stream(kinks).map(k -> Math.log(k / spot)).toArray();
        double low = up ? mean - 14 * sd : h;
        double high = up ? h : mean + 14 * sd;
        return Math.exp(-r * t) * integrate(x -> payoff.applyAsDouble(spot * Math.exp(x)) * density.applyAsDouble(x),
                low, high, breaks);
    }
}

package meridian.pricing.pde;

/**
 * One backward time step of the Black-Scholes PDE V_t + ½σ²S²V_SS + (r−q)S V_S − rV = 0 on a non-uniform grid:
 * θ = ½ is Crank-Nicolson, θ = 1 implicit Euler. Boundary rows use V_SS = 0 unless a Dirichlet value is given.
 */
final class ThetaScheme {
    /** A march alternates few distinct steps (Rannacher half steps, Crank-Nicolson steps) over every layer. */
    private static final int CACHED_FACTORISATIONS = 4;

    private final int n;
    private final double[] lower;
    private final double[] diag;
    private final double[] upper;
    private final double[] rhs;
    private final double[] secondRhs;
    private final Factorisation[] cache = new Factorisation[CACHED_FACTORISATIONS];
    private int nextSlot;

    ThetaScheme(double[] s, double r, double q, double vol) {
        n = s.length;
        lower = new double[n];
        diag = new double[n];
        upper = new double[n];
        rhs = new double[n];
        secondRhs = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double hm = s[i] - s[i - 1];
            double hp = s[i + 1] - s[i];
            double a = 0.5 * vol * vol * s[i] * s[i];
            double b = (r - q) * s[i];
            lower[i] = a * 2 / (hm * (hm + hp)) - b * hp / (hm * (hm + hp));
            diag[i] = -a * 2 / (hm * hp) + b * (hp - hm) / (hm * hp) - r;
            upper[i] = a * 2 / (hp * (hm + hp)) + b * hm / (hp * (hm + hp));
        }
        double h0 = s[1] - s[0];
        double b0 = (r - q) * s[0];
        diag[0] = -b0 / h0 - r;
        upper[0] = b0 / h0;
        double hn = s[n - 1] - s[n - 2];
        double bn = (r - q) * s[n - 1];
        lower[n - 1] = -bn / hn;
        diag[n - 1] = bn / hn - r;
    }

    /**
     * Replaces each layer's values at t + dt by its values at t. {@code lowerValues[l]} and {@code upperValues[l]} are
     * layer l's Dirichlet values at the first and last node, NaN for the linear boundary. Two layers
     * with the same kinds of boundary are solved together: the Thomas recurrence waits on its own previous result,
     * and a second, independent recurrence fills that wait. The arithmetic per layer is unchanged.
     */
    void step(double[][] layers, double dt, double theta, double[] lowerValues, double[] upperValues) {
        int l = 0;
        while (l < layers.length) {
            boolean lowerDirichlet = !Double.isNaN(lowerValues[l]);
            boolean upperDirichlet = !Double.isNaN(upperValues[l]);
            Factorisation f = factorisation(theta * dt, lowerDirichlet, upperDirichlet);
            boolean pair = l + 1 < layers.length && lowerDirichlet == !Double.isNaN(lowerValues[l + 1])
                    && upperDirichlet == !Double.isNaN(upperValues[l + 1]);
            prepare(layers[l], rhs, dt, theta, lowerValues[l], upperValues[l]);
            if (pair) {
                prepare(layers[l + 1], secondRhs, dt, theta, lowerValues[l + 1], upperValues[l + 1]);
                f.solve(rhs, layers[l], secondRhs, layers[l + 1]);
                l += 2;
            } else {
                f.solve(rhs, layers[l]);
                l++;
            }
        }
    }

    /** The right-hand side: the explicit part of the step applied to v, with the Dirichlet values in the edge rows. */
    private void prepare(double[] v, double[] out, double dt, double theta, double lowerValue, double upperValue) {
        double explicit = (1 - theta) * dt;
        if (explicit == 0) {
            System.arraycopy(v, 0, out, 0, n);
        } else {
            out[0] = v[0] + explicit * (0 + diag[0] * v[0] + upper[0] * v[1]);
            for (int i = 1; i < n - 1; i++) {
                out[i] = v[i] + explicit * (lower[i] * v[i - 1] + diag[i] * v[i] + upper[i] * v[i + 1]);
            }
            out[n - 1] = v[n - 1] + explicit * (lower[n - 1] * v[n - 2] + diag[n - 1] * v[n - 1] + 0);
        }
        if (!Double.isNaN(lowerValue)) {
            out[0] = lowerValue;
        }
        if (!Double.isNaN(upperValue)) {
            out[n - 1] = upperValue;
        }
    }

    private Factorisation factorisation(double implicit, boolean lowerDirichlet, boolean upperDirichlet) {
        for (Factorisation f : cache) {
            if (f != null && f.implicit == implicit && f.lowerDirichlet == lowerDirichlet
                    && f.upperDirichlet == upperDirichlet) {
                return f;
            }
        }
        Factorisation f = new Factorisation(implicit, lowerDirichlet, upperDirichlet);
        cache[nextSlot] = f;
        nextSlot = (nextSlot + 1) % CACHED_FACTORISATIONS;
        return f;
    }

    /** The Thomas algorithm's forward elimination of (I − θ dt L), done once and reused for every right-hand side. */
    private final class Factorisation {
        final double implicit;
        final boolean lowerDirichlet;
        final boolean upperDirichlet;
        final double[] sub = new double[n];
        final double[] cPrime = new double[n];
        final double[] inversePivot = new double[n];

        Factorisation(double implicit, boolean lowerDirichlet, boolean upperDirichlet) {
            this.implicit = implicit;
            this.lowerDirichlet = lowerDirichlet;
            this.upperDirichlet = upperDirichlet;
            double b0 = lowerDirichlet ? 1 : 1 - implicit * diag[0];
            double c0 = lowerDirichlet ? 0 : -implicit * upper[0];
            inversePivot[0] = 1 / b0;
            cPrime[0] = c0 / b0;
            for (int i = 1; i < n; i++) {
                double a = -implicit * lower[i];
                double b = 1 - implicit * diag[i];
                double c = i < n - 1 ? -implicit * upper[i] : 0;
                if (i == n - 1 && upperDirichlet) {
                    a = 0;
                    b = 1;
                }
                double m = b - a * cPrime[i - 1];
                sub[i] = a;
                cPrime[i] = c / m;
                inversePivot[i] = 1 / m;
            }
        }

        void solve(double[] rhs, double[] v) {
            double previous = rhs[0] * inversePivot[0];
            v[0] = previous;
            for (int i = 1; i < n; i++) {
                previous = (rhs[i] - sub[i] * previous) * inversePivot[i];
                v[i] = previous;
            }
            double next = v[n - 1];
            for (int i = n - 2; i >= 0; i--) {
                next = v[i] - cPrime[i] * next;
                v[i] = next;
            }
        }

        /** Two right-hand sides in one pass, each with exactly the arithmetic of {@link #solve(double[], double[])}. */
        void solve(double[] rhs, double[] v, double[] secondRhs, double[] w) {
            double previous = rhs[0] * inversePivot[0];
            double secondPrevious = secondRhs[0] * inversePivot[0];
            v[0] = previous;
            w[0] = secondPrevious;
            for (int i = 1; i < n; i++) {
                double a = sub[i];
                double pivot = inversePivot[i];
                previous = (rhs[i] - a * previous) * pivot;
                secondPrevious = (secondRhs[i] - a * secondPrevious) * pivot;
                v[i] = previous;
                w[i] = secondPrevious;
            }
            double next = v[n - 1];
            double secondNext = w[n - 1];
            for (int i = n - 2; i >= 0; i--) {
                double c = cPrime[i];
                next = v[i] - c * next;
                secondNext = w[i] - c * secondNext;
                v[i] = next;
                w[i] = secondNext;
            }
        }
    }
}

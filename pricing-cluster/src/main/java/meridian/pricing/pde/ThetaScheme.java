package meridian.pricing.pde;

/**
 * One backward time step of the Black-Scholes PDE V_t + ½σ²S²V_SS + (r−q)S V_S − rV = 0 on a non-uniform grid:
 * θ = ½ is Crank-Nicolson, θ = 1 implicit Euler. Boundary rows use V_SS = 0 unless a Dirichlet value is given.
 */
final class ThetaScheme {
    private final int n;
    private final double[] lower;
    private final double[] diag;
    private final double[] upper;
    private final double[] rhs;
    private final double[] cPrime;
    private final double[] dPrime;

    ThetaScheme(double[] s, double r, double q, double vol) {
        n = s.length;
        lower = new double[n];
        diag = new double[n];
        upper = new double[n];
        rhs = new double[n];
        cPrime = new double[n];
        dPrime = new double[n];
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
     * Replaces v (values at t + dt) by the values at t.
     * @param lowerValue Dirichlet value at the first node, NaN for the linear boundary
     * @param upperValue Dirichlet value at the last node, NaN for the linear boundary
     */
    void step(double[] v, double dt, double theta, double lowerValue, double upperValue) {
        double explicit = (1 - theta) * dt;
        double implicit = theta * dt;
        for (int i = 0; i < n; i++) {
            double lv = i > 0 ? lower[i] * v[i - 1] : 0;
            double uv = i < n - 1 ? upper[i] * v[i + 1] : 0;
            rhs[i] = v[i] + explicit * (lv + diag[i] * v[i] + uv);
        }
        double b0 = 1 - implicit * diag[0];
        double c0 = -implicit * upper[0];
        if (!Double.isNaN(lowerValue)) {
            b0 = 1;
            c0 = 0;
            rhs[0] = lowerValue;
        }
        cPrime[0] = c0 / b0;
        dPrime[0] = rhs[0] / b0;
        for (int i = 1; i < n; i++) {
            double a = -implicit * lower[i];
            double b = 1 - implicit * diag[i];
            double c = i < n - 1 ? -implicit * upper[i] : 0;
            if (i == n - 1 && !Double.isNaN(upperValue)) {
                a = 0;
                b = 1;
                rhs[i] = upperValue;
            }
            double m = b - a * cPrime[i - 1];
            cPrime[i] = c / m;
            dPrime[i] = (rhs[i] - a * dPrime[i - 1]) / m;
        }
        v[n - 1] = dPrime[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            v[i] = dPrime[i] - cPrime[i] * v[i + 1];
        }
    }
}

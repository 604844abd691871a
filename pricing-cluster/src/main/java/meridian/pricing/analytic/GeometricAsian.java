package meridian.pricing.analytic;

import java.util.Arrays;
import meridian.domain.pricing.OptionType;

/**
 * Discretely sampled geometric-average option under GBM, per unit, paid at {@code payTime}: ln G is normal with
 * mean ln S + (r − q − σ²/2)·mean(t) and variance σ²/n²·Σᵢⱼ min(tᵢ, tⱼ).
 */
public final class GeometricAsian {
    private GeometricAsian() {
    }

    public static double price(OptionType type, double spot, double strike, double[] times, double payTime, double r,
            double q, double vol) {
        double[] t = times.clone();
        Arrays.sort(t);
        int n = t.length;
        double meanTime = Arrays.stream(t).sum() / n;
        double pairSum = 0.0;
        for (int i = 0; i < n; i++) {
            pairSum += t[i] * (2.0 * (n - i) - 1.0);
        }
        double m = Math.log(spot) + (r - q - 0.5 * vol * vol) * meanTime;
        double v = vol * vol * pairSum / ((double) n * n);
        double discount = Math.exp(-r * payTime);
        if (v <= 0) {
            double g = Math.exp(m);
            return discount * Math.max(type == OptionType.CALL ? g - strike : strike - g, 0.0);
        }
        double sd = Math.sqrt(v);
        double d2 = (m - Math.log(strike)) / sd;
        double d1 = d2 + sd;
        double forward = Math.exp(m + 0.5 * v);
        if (type == OptionType.CALL) {
            return discount * (forward * NormalDistribution.cdf(d1) - strike * NormalDistribution.cdf(d2));
        }
        return discount * (strike * NormalDistribution.cdf(-d2) - forward * NormalDistribution.cdf(-d1));
    }

    /** Expected discounted geometric average itself (control-variate mean for the plain average). */
    public static double expectedAverage(double spot, double[] times, double payTime, double r, double q, double vol) {
        int n = times.length;
        double[] t = times.clone();
        Arrays.sort(t);
        double pairSum = 0.0;
        for (int i = 0; i < n; i++) {
            pairSum += t[i] * (2.0 * (n - i) - 1.0);
        }
        double meanTime = Arrays.stream(t).sum() / n;
        double m = Math.log(spot) + (r - q - 0.5 * vol * vol) * meanTime;
        double v = vol * vol * pairSum / ((double) n * n);
        return Math.exp(-r * payTime) * Math.exp(m + 0.5 * v);
    }
}

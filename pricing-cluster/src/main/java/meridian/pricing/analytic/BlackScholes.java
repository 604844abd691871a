package meridian.pricing.analytic;

import meridian.domain.pricing.OptionType;

/**
 * Black-Scholes with continuous dividend yield, per unit of the underlying, and the building blocks for payoffs on
 * intervals of S_T (asset-or-nothing, cash-or-nothing). At t = 0 every formula returns the intrinsic value.
 */
public final class BlackScholes {
    private BlackScholes() {
    }

    public static double price(OptionType type, double spot, double strike, double t, double r, double q, double vol) {
        return type == OptionType.CALL
                ? callBetween(spot, strike, 0.0, Double.POSITIVE_INFINITY, t, r, q, vol)
                : putBetween(spot, strike, 0.0, Double.POSITIVE_INFINITY, t, r, q, vol);
    }

    public static double delta(OptionType type, double spot, double strike, double t, double r, double q, double vol) {
        if (t <= 0) {
            return type == OptionType.CALL ? (spot > strike ? 1 : 0) : (spot < strike ? -1 : 0);
        }
        double d1 = d1(spot, strike, t, r, q, vol);
        double dq = Math.exp(-q * t);
        return type == OptionType.CALL ? dq * NormalDistribution.cdf(d1) : -dq * NormalDistribution.cdf(-d1);
    }

    public static double gamma(double spot, double strike, double t, double r, double q, double vol) {
        if (t <= 0) {
            return 0.0;
        }
        double d1 = d1(spot, strike, t, r, q, vol);
        return Math.exp(-q * t) * NormalDistribution.pdf(d1) / (spot * vol * Math.sqrt(t));
    }

    static double d1(double spot, double level, double t, double r, double q, double vol) {
        return (Math.log(spot / level) + (r - q + 0.5 * vol * vol) * t) / (vol * Math.sqrt(t));
    }

    /** PV of S_T paid at t when low &lt; S_T &lt; high. */
    public static double assetBetween(double spot, double low, double high, double t, double r, double q, double vol) {
        if (low >= high) {
            return 0.0;
        }
        if (t <= 0) {
            return spot > low && spot < high ? spot : 0.0;
        }
        return spot * Math.exp(-q * t) * (probAbove(d1At(spot, low, t, r, q, vol)) - probAbove(d1At(spot, high, t, r, q, vol)));
    }

    /** PV of 1 paid at t when low &lt; S_T &lt; high. */
    public static double cashBetween(double spot, double low, double high, double t, double r, double q, double vol) {
        if (low >= high) {
            return 0.0;
        }
        if (t <= 0) {
            return spot > low && spot < high ? 1.0 : 0.0;
        }
        double sd = vol * Math.sqrt(t);
        return Math.exp(-r * t) * (probAbove(d1At(spot, low, t, r, q, vol) - sd)
                - probAbove(d1At(spot, high, t, r, q, vol) - sd));
    }

    /** PV of max(S_T − K, 0) restricted to low &lt; S_T &lt; high. */
    public static double callBetween(double spot, double strike, double low, double high, double t, double r,
            double q, double vol) {
        double from = Math.max(strike, low);
        if (from >= high) {
            return 0.0;
        }
        return assetBetween(spot, from, high, t, r, q, vol) - strike * cashBetween(spot, from, high, t, r, q, vol);
    }

    /** PV of max(K − S_T, 0) restricted to low &lt; S_T &lt; high. */
    public static double putBetween(double spot, double strike, double low, double high, double t, double r,
            double q, double vol) {
        double to = Math.min(strike, high);
        if (low >= to) {
            return 0.0;
        }
        return strike * cashBetween(spot, low, to, t, r, q, vol) - assetBetween(spot, low, to, t, r, q, vol);
    }

    public static double between(OptionType type, double spot, double strike, double low, double high, double t,
            double r, double q, double vol) {
        return type == OptionType.CALL ? callBetween(spot, strike, low, high, t, r, q, vol)
                : putBetween(spot, strike, low, high, t, r, q, vol);
    }

    /** d1 at level; +inf for level 0, -inf for an infinite level. */
    private static double d1At(double spot, double level, double t, double r, double q, double vol) {
        if (level <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(level)) {
            return Double.NEGATIVE_INFINITY;
        }
        return d1(spot, level, t, r, q, vol);
    }

    private static double probAbove(double d) {
        if (d == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        if (d == Double.NEGATIVE_INFINITY) {
            return 0.0;
        }
        return NormalDistribution.cdf(d);
    }
}

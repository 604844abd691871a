package meridian.pricing.analytic;

import meridian.domain.pricing.OptionType;

/**
 * Continuously monitored single barriers (Reiner-Rubinstein 1991, in Haug's notation), per unit of the underlying,
 * with no rebate; rebates paid at expiry are added by the caller with {@link #noHitProbability}.
 * Knock-in values follow from in-out parity. The barrier is taken as not yet reached (spot strictly on the live side).
 */
public final class ReinerRubinstein {
    private ReinerRubinstein() {
    }

    public static double knockOut(OptionType type, boolean up, double spot, double strike, double barrier, double t,
            double r, double q, double vol) {
        if (t <= 0) {
            return BlackScholes.price(type, spot, strike, 0, r, q, vol);
        }
        double phi = type == OptionType.CALL ? 1 : -1;
        double eta = up ? -1 : 1;
        Terms k = new Terms(phi, eta, spot, strike, barrier, t, r, q, vol);
        boolean strikeAbove = strike >= barrier;
        if (type == OptionType.CALL) {
            if (!up) {
                return strikeAbove ? k.a() - k.c() : k.b() - k.d();
            }
            return strikeAbove ? 0.0 : k.a() - k.b() + k.c() - k.d();
        }
        if (!up) {
            return strikeAbove ? k.a() - k.b() + k.c() - k.d() : 0.0;
        }
        return strikeAbove ? k.b() - k.d() : k.a() - k.c();
    }

    /** Risk-neutral probability that the barrier is not reached before t. */
    public static double noHitProbability(boolean up, double spot, double barrier, double t, double r, double q,
            double vol) {
        if (up ? spot >= barrier : spot <= barrier) {
            return 0.0;
        }
        if (t <= 0) {
            return 1.0;
        }
        double eta = up ? -1 : 1;
        double sd = vol * Math.sqrt(t);
        double mu = (r - q - 0.5 * vol * vol) / (vol * vol);
        double x2 = Math.log(spot / barrier) / sd + (1 + mu) * sd;
        double y2 = Math.log(barrier / spot) / sd + (1 + mu) * sd;
        return NormalDistribution.cdf(eta * x2 - eta * sd)
                - Math.pow(barrier / spot, 2 * mu) * NormalDistribution.cdf(eta * y2 - eta * sd);
    }

    private record Terms(double phi, double eta, double s, double x, double h, double t, double r, double q,
            double vol) {
        private double sd() {
            return vol * Math.sqrt(t);
        }

        private double mu() {
            return (r - q - 0.5 * vol * vol) / (vol * vol);
        }

        private double assetDf() {
            return s * Math.exp(-q * t);
        }

        private double cashDf() {
            return x * Math.exp(-r * t);
        }

        double a() {
            double x1 = Math.log(s / x) / sd() + (1 + mu()) * sd();
            return phi * assetDf() * NormalDistribution.cdf(phi * x1)
                    - phi * cashDf() * NormalDistribution.cdf(phi * x1 - phi * sd());
        }

        double b() {
            double x2 = Math.log(s / h) / sd() + (1 + mu()) * sd();
            return phi * assetDf() * NormalDistribution.cdf(phi * x2)
                    - phi * cashDf() * NormalDistribution.cdf(phi * x2 - phi * sd());
        }

        double c() {
            double y1 = Math.log(h * h / (s * x)) / sd() + (1 + mu()) * sd();
            return phi * assetDf() * Math.pow(h / s, 2 * (mu() + 1)) * NormalDistribution.cdf(eta * y1)
                    - phi * cashDf() * Math.pow(h / s, 2 * mu()) * NormalDistribution.cdf(eta * y1 - eta * sd());
        }

        double d() {
            double y2 = Math.log(h / s) / sd() + (1 + mu()) * sd();
            return phi * assetDf() * Math.pow(h / s, 2 * (mu() + 1)) * NormalDistribution.cdf(eta * y2)
                    - phi * cashDf() * Math.pow(h / s, 2 * mu()) * NormalDistribution.cdf(eta * y2 - eta * sd());
        }
    }
}

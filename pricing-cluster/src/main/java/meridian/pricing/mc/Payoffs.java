package meridian.pricing.mc;

import meridian.domain.pricing.OptionType;
import meridian.pricing.analytic.BarrierTerms;

/**
 * Path payoffs of the built-in structures over log prices x. Arrays are indexed like the path: entry k belongs to
 * x[k], k ≥ 1. Levels are compared in logs: S ≥ H exactly when ln S ≥ ln H.
 */
final class Payoffs {
    private Payoffs() {
    }

    static double intrinsic(OptionType type, double level, double strike) {
        return Math.max(type == OptionType.CALL ? level - strike : strike - level, 0.0);
    }

    static double last(double[] x) {
        return Math.exp(x[x.length - 1]);
    }

    /** units × vanilla at the last grid time. */
    record European(OptionType type, double strike, double units, double discount) implements PathPayoff {
        @Override
        public double discountedValue(double[] x) {
            return discount * units * intrinsic(type, last(x), strike);
        }
    }

    /** amount if S_T is above (call) or below (put) the strike. */
    record CashDigital(OptionType type, double strike, double amount, double discount) implements PathPayoff {
        @Override
        public double discountedValue(double[] x) {
            double s = last(x);
            boolean pays = type == OptionType.CALL ? s > strike : s < strike;
            return pays ? discount * amount : 0.0;
        }
    }

    /** Barrier watched on every grid time (daily closes, or expiry alone when the grid is just expiry). */
    record DiscreteBarrier(BarrierTerms terms, double logBarrier, double discount) implements PathPayoff {
        DiscreteBarrier(BarrierTerms terms, double discount) {
            this(terms, Math.log(terms.barrier()), discount);
        }

        @Override
        public double discountedValue(double[] x) {
            boolean reached = false;
            boolean up = terms.up();
            for (int k = 1; k < x.length && !reached; k++) {
                reached = up ? x[k] >= logBarrier : x[k] <= logBarrier;
            }
            return discount * terms.payoff(last(x), reached);
        }
    }

    /**
     * Continuously watched barrier on a one-step grid: the probability that the Brownian bridge between spot and
     * S_T reaches the barrier is exp(−2·ln(H/S_0)·ln(H/S_T)/(σ²T)), so the estimator is exact, not discretised.
     */
    record ContinuousBarrier(BarrierTerms terms, double logBarrier, double vol, double time, double discount)
            implements PathPayoff {
        ContinuousBarrier(BarrierTerms terms, double vol, double time, double discount) {
            this(terms, Math.log(terms.barrier()), vol, time, discount);
        }

        @Override
        public double discountedValue(double[] x) {
            double start = x[0];
            double end = x[x.length - 1];
            boolean up = terms.up();
            double hit;
            if (up ? start >= logBarrier || end >= logBarrier : start <= logBarrier || end <= logBarrier) {
                hit = 1.0;
            } else if (time <= 0) {
                hit = 0.0;
            } else {
                hit = Math.exp(-2.0 * (logBarrier - start) * (logBarrier - end) / (vol * vol * time));
            }
            double s = Math.exp(end);
            return discount * (hit * terms.payoff(s, true) + (1.0 - hit) * terms.payoff(s, false));
        }
    }

    /** Arithmetic-average option with the geometric-average option on the same dates as control variate. */
    record ArithmeticAsian(OptionType type, double strike, double units, double discount, double geometricMean)
            implements PathPayoff {
        @Override
        public double discountedValue(double[] x) {
            double sum = 0.0;
            for (int k = 1; k < x.length; k++) {
                sum += Math.exp(x[k]);
            }
            return discount * units * intrinsic(type, sum / (x.length - 1), strike);
        }

        @Override
        public ControlVariate controlVariate() {
            return new ControlVariate() {
                @Override
                public double value(double[] x) {
                    double logSum = 0.0;
                    for (int k = 1; k < x.length; k++) {
                        logSum += x[k];
                    }
                    return discount * units * intrinsic(type, Math.exp(logSum / (x.length - 1)), strike);
                }

                @Override
                public double mean() {
                    return geometricMean;
                }
            };
        }
    }

    /**
     * Snowball: knock-in checked where {@code knockInDate[k]}; knock-out where {@code knockOutPaid[k]} is not NaN,
     * paying that (already discounted) amount and ending the path.
     */
    record SnowballPath(double logKnockOut, double logKnockIn, boolean[] knockInDate, double[] knockOutPaid,
            double notional, double initialPrice, double dividendCouponAmount, double discount) implements PathPayoff {
        @Override
        public double discountedValue(double[] x) {
            boolean knockedIn = false;
            for (int k = 1; k < x.length; k++) {
                if (knockInDate[k] && x[k] <= logKnockIn) {
                    knockedIn = true;
                }
                if (x[k] >= logKnockOut && !Double.isNaN(knockOutPaid[k])) {
                    return knockOutPaid[k];
                }
            }
            if (knockedIn) {
                return -discount * notional * Math.max(1.0 - last(x) / initialPrice, 0.0);
            }
            return discount * dividendCouponAmount;
        }
    }

    /** Phoenix: discounted coupon where {@code couponPaid[k]} is not NaN and S ≥ coupon barrier; knock-out ends it. */
    record PhoenixPath(double logKnockOut, double logKnockIn, double logCouponBarrier, boolean[] knockInDate,
            boolean[] knockOutDate, double[] couponPaid, double notional, double initialPrice, double discount)
            implements PathPayoff {
        @Override
        public double discountedValue(double[] x) {
            boolean knockedIn = false;
            double value = 0.0;
            for (int k = 1; k < x.length; k++) {
                if (knockInDate[k] && x[k] <= logKnockIn) {
                    knockedIn = true;
                }
                if (!Double.isNaN(couponPaid[k]) && x[k] >= logCouponBarrier) {
                    value += couponPaid[k];
                }
                if (knockOutDate[k] && x[k] >= logKnockOut) {
                    return value;
                }
            }
            if (knockedIn) {
                value -= discount * notional * Math.max(1.0 - last(x) / initialPrice, 0.0);
            }
            return value;
        }
    }
}

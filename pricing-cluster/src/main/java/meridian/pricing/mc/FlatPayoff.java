package meridian.pricing.mc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import meridian.domain.pricing.OptionType;
import meridian.pricing.analytic.BarrierTerms;

/**
 * A built-in path payoff as numbers only, the form the batch kernels (CUDA and its Java twin) read: a kind, up to
 * {@link #PARAMS} parameters and the events on the grid (0-based step after which they are checked, flags, amount).
 * Every amount is computed here on the host exactly as {@link Payoffs} holds it, so the kernels only compare and add.
 * Layouts of {@code params} per kind are listed in pricing-cluster/src/main/cuda/book_mc.cu.
 */
public record FlatPayoff(int kind, double[] params, int[] eventSteps, int[] eventFlags, double[] eventAmounts) {
    public static final int EUROPEAN = 0;
    public static final int DIGITAL = 1;
    public static final int DISCRETE_BARRIER = 2;
    public static final int CONTINUOUS_BARRIER = 3;
    public static final int SNOWBALL = 4;
    public static final int PHOENIX = 5;
    public static final int PARAMS = 10;
    /** Event flag: the path may knock out after this step. */
    public static final int KNOCK_OUT = 1;
    /** Event flag: a coupon is paid after this step when the level is at or above the coupon barrier. */
    public static final int COUPON = 2;

    /** The flat form of a payoff from {@link McPricer#simulation}, or empty when the kernels do not price it. */
    public static Optional<FlatPayoff> of(PathPayoff payoff) {
        double[] p = new double[PARAMS];
        if (payoff instanceof Payoffs.European e) {
            p[0] = call(e.type());
            p[1] = e.strike();
            p[2] = e.units();
            p[3] = e.discount();
            return Optional.of(new FlatPayoff(EUROPEAN, p, new int[0], new int[0], new double[0]));
        }
        if (payoff instanceof Payoffs.CashDigital d) {
            p[0] = call(d.type());
            p[1] = d.strike();
            p[2] = d.amount();
            p[3] = d.discount();
            return Optional.of(new FlatPayoff(DIGITAL, p, new int[0], new int[0], new double[0]));
        }
        if (payoff instanceof Payoffs.DiscreteBarrier b) {
            barrier(b.terms(), b.logBarrier(), b.discount(), p);
            return Optional.of(new FlatPayoff(DISCRETE_BARRIER, p, new int[0], new int[0], new double[0]));
        }
        if (payoff instanceof Payoffs.ContinuousBarrier b) {
            barrier(b.terms(), b.logBarrier(), b.discount(), p);
            p[8] = b.vol();
            p[9] = b.time();
            return Optional.of(new FlatPayoff(CONTINUOUS_BARRIER, p, new int[0], new int[0], new double[0]));
        }
        if (payoff instanceof Payoffs.SnowballPath s) {
            if (!allTrue(s.knockInDate())) {
                return Optional.empty();
            }
            p[0] = s.logKnockOut();
            p[1] = s.logKnockIn();
            p[2] = s.notional();
            p[3] = s.initialPrice();
            p[4] = s.dividendCouponAmount();
            p[5] = s.discount();
            Events events = new Events();
            for (int k = 1; k < s.knockOutPaid().length; k++) {
                if (!Double.isNaN(s.knockOutPaid()[k])) {
                    events.add(k - 1, KNOCK_OUT, s.knockOutPaid()[k]);
                }
            }
            return Optional.of(events.payoff(SNOWBALL, p));
        }
        if (payoff instanceof Payoffs.PhoenixPath ph) {
            if (!allTrue(ph.knockInDate())) {
                return Optional.empty();
            }
            p[0] = ph.logKnockOut();
            p[1] = ph.logKnockIn();
            p[2] = ph.logCouponBarrier();
            p[3] = ph.notional();
            p[4] = ph.initialPrice();
            p[5] = ph.discount();
            Events events = new Events();
            for (int k = 1; k < ph.couponPaid().length; k++) {
                boolean coupon = !Double.isNaN(ph.couponPaid()[k]);
                boolean knockOut = ph.knockOutDate()[k];
                if (coupon || knockOut) {
                    events.add(k - 1, (coupon ? COUPON : 0) | (knockOut ? KNOCK_OUT : 0),
                            coupon ? ph.couponPaid()[k] : 0.0);
                }
            }
            return Optional.of(events.payoff(PHOENIX, p));
        }
        return Optional.empty();
    }

    private static void barrier(BarrierTerms terms, double logBarrier, double discount, double[] p) {
        p[0] = call(terms.optionType());
        p[1] = terms.strike();
        p[2] = terms.units();
        p[3] = discount;
        p[4] = terms.up() ? 1 : 0;
        p[5] = terms.knockOut() ? 1 : 0;
        p[6] = logBarrier;
        p[7] = terms.rebate();
    }

    private static double call(OptionType type) {
        return type == OptionType.CALL ? 1 : 0;
    }

    private static boolean allTrue(boolean[] flags) {
        for (int k = 1; k < flags.length; k++) {
            if (!flags[k]) {
                return false;
            }
        }
        return true;
    }

    private static final class Events {
        final List<int[]> stepsAndFlags = new ArrayList<>();
        final List<Double> amounts = new ArrayList<>();

        void add(int step, int flags, double amount) {
            stepsAndFlags.add(new int[] {step, flags});
            amounts.add(amount);
        }

        FlatPayoff payoff(int kind, double[] params) {
            int n = amounts.size();
            int[] steps = new int[n];
            int[] flags = new int[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                steps[i] = stepsAndFlags.get(i)[0];
                flags[i] = stepsAndFlags.get(i)[1];
                values[i] = amounts.get(i);
            }
            return new FlatPayoff(kind, params, steps, flags, values);
        }
    }
}

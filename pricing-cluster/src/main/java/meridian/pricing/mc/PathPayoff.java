package meridian.pricing.mc;

/**
 * Discounted payoff of one simulated path. {@code x[0]} is the log of the spot at valuation and {@code x[k]} the log
 * price at the k-th time of the engine's grid (log space spares an exp per step; barriers compare logs). Implementations are stateless, so one instance serves all threads.
 */
public interface PathPayoff {
    double discountedValue(double[] x);

    /** A control variate with known mean, or null. */
    default ControlVariate controlVariate() {
        return null;
    }

    /** A path functional whose expectation is known exactly. */
    interface ControlVariate {
        double value(double[] x);

        double mean();
    }
}

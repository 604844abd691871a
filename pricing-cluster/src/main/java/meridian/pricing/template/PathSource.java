package meridian.pricing.template;

/**
 * The simulated spot of one path at a template's observation times. Implementations are stateless per call
 * (a path depends only on its index), so threads may share one, and any path can be regenerated alone.
 */
@FunctionalInterface
public interface PathSource {
    /** Writes the spot at each observation time into {@code spots}. */
    void fill(long path, double[] spots);
}

package meridian.pricing.mc;

/** A Monte Carlo estimate, its standard error, and the number of paths simulated (antithetic pairs × 2). */
public record McResult(double value, double stdErr, int paths) {
}

package meridian.pricing.template;

import java.util.SplittableRandom;

/**
 * Geometric Brownian motion stepped exactly from one observation time to the next (no discretisation bias);
 * the normals of path p come from a generator keyed by (seed, p). Times at or before 0 read today's spot.
 */
public final class GbmPathSource implements PathSource {
    private final double spot;
    private final double[] drift;
    private final double[] diffusion;
    private final long seed;

    public GbmPathSource(double spot, double rate, double dividendYield, double vol, double[] times, long seed) {
        this.spot = spot;
        this.seed = seed;
        this.drift = new double[times.length];
        this.diffusion = new double[times.length];
        double previous = 0.0;
        for (int i = 0; i < times.length; i++) {
            double dt = Math.max(times[i] - previous, 0.0);
            drift[i] = (rate - dividendYield - 0.5 * vol * vol) * dt;
            diffusion[i] = vol * Math.sqrt(dt);
            previous = Math.max(previous, times[i]);
        }
    }

    @Override
    public void fill(long path, double[] spots) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + path);
        double logSpot = Math.log(spot);
        double spare = Double.NaN;
        for (int i = 0; i < drift.length; i++) {
            double z;
            if (diffusion[i] == 0.0) {
                z = 0.0;
            } else if (!Double.isNaN(spare)) {
                z = spare;
                spare = Double.NaN;
            } else {
                double u1 = 1.0 - random.nextDouble();
                double u2 = random.nextDouble();
                double radius = Math.sqrt(-2.0 * Math.log(u1));
                z = radius * Math.cos(2.0 * Math.PI * u2);
                spare = radius * Math.sin(2.0 * Math.PI * u2);
            }
            logSpot += drift[i] + diffusion[i] * z;
            spots[i] = Math.exp(logSpot);
        }
    }
}

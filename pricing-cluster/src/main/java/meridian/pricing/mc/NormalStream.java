package meridian.pricing.mc;

/**
 * Standard normals keyed by (seed, path, step), identical on every engine (see pricing-cluster/PRICING.md):
 * key = (seed low 32 bits, seed high 32 bits); counter = (step / 2, 0, path low 32 bits, path high 32 bits);
 * the 4 output words make two 53-bit uniforms u1 in (0, 1] and u2 in [0, 1); Box-Muller gives
 * z = sqrt(-2 ln u1)·cos(2π u2) for even steps and sqrt(-2 ln u1)·sin(2π u2) for odd steps.
 */
public final class NormalStream {
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;
    private static final double TWO_PI = 2 * Math.PI;

    private final int k0;
    private final int k1;
    private final int[] words = new int[4];

    public NormalStream(long seed) {
        this.k0 = (int) seed;
        this.k1 = (int) (seed >>> 32);
    }

    /** Fills z[0..steps-1] with the normals of one path. */
    public void fill(long path, double[] z, int steps) {
        fill(path, z, 0, steps);
    }

    /** Fills z[from..to-1] with the normals of one path, the values {@link #fill(long, double[], int)} puts there;
     * {@code from} must be even. */
    public void fill(long path, double[] z, int from, int to) {
        if ((from & 1) != 0) {
            throw new IllegalArgumentException("from must be even");
        }
        int p0 = (int) path;
        int p1 = (int) (path >>> 32);
        int steps = to;
        for (int step = from; step < steps; step += 2) {
            Philox4x32.generate(step >>> 1, 0, p0, p1, k0, k1, words);
            double u1 = (combine(words[0], words[1]) + 1.0) * TWO_POW_MINUS_53;
            double u2 = combine(words[2], words[3]) * TWO_POW_MINUS_53;
            double radius = Math.sqrt(-2.0 * Math.log(u1));
            double angle = TWO_PI * u2;
            z[step] = radius * Math.cos(angle);
            if (step + 1 < steps) {
                z[step + 1] = radius * Math.sin(angle);
            }
        }
    }

    /** One normal, regenerated on its own: the same value {@link #fill} puts at {@code step}. */
    public double normal(long path, int step) {
        Philox4x32.generate(step >>> 1, 0, (int) path, (int) (path >>> 32), k0, k1, words);
        double u1 = (combine(words[0], words[1]) + 1.0) * TWO_POW_MINUS_53;
        double u2 = combine(words[2], words[3]) * TWO_POW_MINUS_53;
        double radius = Math.sqrt(-2.0 * Math.log(u1));
        return (step & 1) == 0 ? radius * Math.cos(TWO_PI * u2) : radius * Math.sin(TWO_PI * u2);
    }

    /** 27 high bits of a and 26 high bits of b as an integer in [0, 2^53). */
    private static double combine(int a, int b) {
        return (double) (((long) (a >>> 5) << 26) | (b >>> 6));
    }
}

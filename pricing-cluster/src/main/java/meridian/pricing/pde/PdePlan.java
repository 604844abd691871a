package meridian.pricing.pde;

/**
 * A backward PDE solve as flat numbers, independent of the volatility: the spot grid, the layers' values at expiry,
 * rate and dividend yield, optional Dirichlet edges, and a program of operations from expiry back to valuation:
 * runs of time steps and the event rewrites between them. {@link PlanExecutor} runs it in Java, the kernel
 * {@code pde_plans.cu} runs many at once with the same arithmetic; after it, layer 0 holds the value at every node.
 *
 * <p>Operation k: {@code ints[2k]} = kind | target layer &lt;&lt; 8 | source layer &lt;&lt; 16 | up &lt;&lt; 24,
 * {@code ints[2k+1]} = count (steps in a run, 1 for an event); {@code args[3k..3k+2]} = (dt, θ, time before the run)
 * for {@link #STEPS}, (level, value, knock-out level or NaN) for an {@link EventOp}. Arrays are shared, not copied:
 * callers must not change them.
 */
public final class PdePlan {
    /** A run of count steps of length dt with scheme θ (½ Crank-Nicolson, 1 implicit), the k-th ending at from − dt(k+1). */
    public static final int STEPS = 0;

    private final double[] grid;
    private final int layers;
    private final double[] initial;
    private final double rate;
    private final double dividend;
    private final double expiry;
    private final double[] lowerEdge;
    private final double[] upperEdge;
    private final int[] ints;
    private final double[] args;

    PdePlan(double[] grid, double[][] initial, double rate, double dividend, double expiry, double[] lowerEdge,
            double[] upperEdge, int[] ints, double[] args) {
        this.grid = grid;
        this.layers = initial.length;
        this.initial = new double[layers * grid.length];
        for (int l = 0; l < layers; l++) {
            System.arraycopy(initial[l], 0, this.initial, l * grid.length, grid.length);
        }
        this.rate = rate;
        this.dividend = dividend;
        this.expiry = expiry;
        this.lowerEdge = lowerEdge;
        this.upperEdge = upperEdge;
        this.ints = ints;
        this.args = args;
    }

    public double[] grid() {
        return grid;
    }

    public int nodes() {
        return grid.length;
    }

    public int layers() {
        return layers;
    }

    /** Layer l's values at expiry at {@code initial[l * nodes + i]}. */
    public double[] initial() {
        return initial;
    }

    public double rate() {
        return rate;
    }

    public double dividend() {
        return dividend;
    }

    public double expiry() {
        return expiry;
    }

    public int operations() {
        return ints.length / 2;
    }

    public int[] ints() {
        return ints;
    }

    public double[] args() {
        return args;
    }

    /** Whether a continuous barrier is a grid edge (the GPU kernel does not take those). */
    public boolean hasEdges() {
        for (int l = 0; l < layers; l++) {
            if (!Double.isNaN(lowerEdge[l]) || !Double.isNaN(upperEdge[l])) {
                return true;
            }
        }
        return false;
    }

    double lowerEdge(int layer) {
        return lowerEdge[layer];
    }

    double upperEdge(int layer) {
        return upperEdge[layer];
    }

    /** Index of the node equal to the spot (relative tolerance 1e-9), or -1. */
    public int nodeOf(double spot) {
        return GridBuilder.indexOf(grid, spot);
    }

    static int kind(int code) {
        return code & 0xFF;
    }

    static int target(int code) {
        return (code >> 8) & 0xFF;
    }

    static int source(int code) {
        return (code >> 16) & 0xFF;
    }

    static boolean up(int code) {
        return ((code >> 24) & 1) != 0;
    }

    static int code(int kind, int target, int source, boolean up) {
        return kind | target << 8 | source << 16 | (up ? 1 << 24 : 0);
    }
}

package meridian.pricing.gpu;

import java.util.List;
import meridian.pricing.pde.PdePlan;

/**
 * Plans and problems as the flat arrays the pde_plans kernel reads: per plan its offsets into the shared grid,
 * initial-value and operation arrays, its node, layer and operation counts, rate and dividend yield; per problem the
 * plan it runs and its volatility.
 */
public record PlanBatch(int problems, int maxNodes, int[] planOf, double[] vols, int[] gridStart, int[] nodeCount,
                        int[] layerCount, int[] initialStart, int[] opStart, int[] opCount, double[] rates,
                        double[] dividends, double[] grids, double[] initial, int[] ints, double[] args) {
    /** Work arrays per node of a problem: two layers, the three diagonals, right-hand side, c′ and d′. */
    public static final int WORK_ARRAYS = 8;

    public static PlanBatch of(List<PdePlan> plans, int[] planOf, double[] vols) {
        int count = plans.size();
        int[] gridStart = new int[count];
        int[] nodeCount = new int[count];
        int[] layerCount = new int[count];
        int[] initialStart = new int[count];
        int[] opStart = new int[count];
        int[] opCount = new int[count];
        double[] rates = new double[count];
        double[] dividends = new double[count];
        int nodes = 0;
        int values = 0;
        int ops = 0;
        int maxNodes = 0;
        for (int c = 0; c < count; c++) {
            PdePlan plan = plans.get(c);
            if (plan.hasEdges() || plan.layers() > 2) {
                throw new IllegalArgumentException("plan " + c + " has grid edges or more than two layers");
            }
            gridStart[c] = nodes;
            nodeCount[c] = plan.nodes();
            layerCount[c] = plan.layers();
            initialStart[c] = values;
            opStart[c] = ops;
            opCount[c] = plan.operations();
            rates[c] = plan.rate();
            dividends[c] = plan.dividend();
            nodes += plan.nodes();
            values += plan.initial().length;
            ops += plan.operations();
            maxNodes = Math.max(maxNodes, plan.nodes());
        }
        double[] grids = new double[nodes];
        double[] initial = new double[values];
        int[] ints = new int[2 * ops];
        double[] args = new double[3 * ops];
        for (int c = 0; c < count; c++) {
            PdePlan plan = plans.get(c);
            System.arraycopy(plan.grid(), 0, grids, gridStart[c], plan.nodes());
            System.arraycopy(plan.initial(), 0, initial, initialStart[c], plan.initial().length);
            System.arraycopy(plan.ints(), 0, ints, 2 * opStart[c], plan.ints().length);
            System.arraycopy(plan.args(), 0, args, 3 * opStart[c], plan.args().length);
        }
        return new PlanBatch(planOf.length, maxNodes, planOf, vols, gridStart, nodeCount, layerCount, initialStart,
                opStart, opCount, rates, dividends, grids, initial, ints, args);
    }

    /** The kernel's output (layer 0 of problem p at {@code out[p * maxNodes + i]}) cut to each plan's nodes. */
    public double[][] layerZero(double[] out) {
        double[][] values = new double[problems][];
        for (int p = 0; p < problems; p++) {
            values[p] = java.util.Arrays.copyOfRange(out, p * maxNodes, p * maxNodes + nodeCount[planOf[p]]);
        }
        return values;
    }
}

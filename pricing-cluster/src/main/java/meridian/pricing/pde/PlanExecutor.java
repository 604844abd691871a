package meridian.pricing.pde;

/** Runs a {@link PdePlan} at one volatility in Java: the reference that the kernel pde_plans.cu follows line by line. */
public final class PlanExecutor {
    private PlanExecutor() {
    }

    /** The layers' values at valuation, layer 0 first (its value at node i is the PV at spot grid[i]). */
    public static double[][] run(PdePlan plan, double vol) {
        int n = plan.nodes();
        double[] grid = plan.grid();
        double[][] layers = new double[plan.layers()][n];
        for (int l = 0; l < layers.length; l++) {
            System.arraycopy(plan.initial(), l * n, layers[l], 0, n);
        }
        ThetaScheme scheme = new ThetaScheme(grid, plan.rate(), plan.dividend(), vol);
        double[] lowerValues = new double[layers.length];
        double[] upperValues = new double[layers.length];
        int[] ints = plan.ints();
        double[] args = plan.args();
        for (int k = 0; k < plan.operations(); k++) {
            int code = ints[2 * k];
            int kind = PdePlan.kind(code);
            double a = args[3 * k];
            double b = args[3 * k + 1];
            double c = args[3 * k + 2];
            if (kind == PdePlan.STEPS) {
                for (int s = 0; s < ints[2 * k + 1]; s++) {
                    double after = c - a * (s + 1);
                    for (int l = 0; l < layers.length; l++) {
                        lowerValues[l] = edge(plan, plan.lowerEdge(l), after);
                        upperValues[l] = edge(plan, plan.upperEdge(l), after);
                    }
                    scheme.step(layers, a, b, lowerValues, upperValues);
                }
            } else {
                new EventOp(kind, PdePlan.target(code), PdePlan.source(code), PdePlan.up(code), a, b, c)
                        .apply(layers, grid);
            }
        }
        return layers;
    }

    private static double edge(PdePlan plan, double amount, double time) {
        return Double.isNaN(amount) ? Double.NaN : amount * Math.exp(-plan.rate() * (plan.expiry() - time));
    }
}

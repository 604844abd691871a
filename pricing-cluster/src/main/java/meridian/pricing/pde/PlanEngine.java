package meridian.pricing.pde;

import java.util.List;

/** Runs many plans, each at some volatilities: on the CPU ({@link CpuPlanEngine}) or the GPU (gpu.GpuPlanEngine). */
public interface PlanEngine {
    /** "cpu" or "gpu". */
    String name();

    /** For each problem p: layer 0 at valuation of {@code plans.get(planOf[p])} run at {@code vols[p]}. */
    double[][] run(List<PdePlan> plans, int[] planOf, double[] vols);
}

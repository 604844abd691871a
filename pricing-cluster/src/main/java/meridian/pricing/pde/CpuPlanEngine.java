package meridian.pricing.pde;

import java.util.List;
import java.util.stream.IntStream;

/** The problems in parallel on the common fork-join pool, each by {@link PlanExecutor}. */
public final class CpuPlanEngine implements PlanEngine {
    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public double[][] run(List<PdePlan> plans, int[] planOf, double[] vols) {
        double[][] out = new double[planOf.length][];
        IntStream.range(0, planOf.length).parallel()
                .forEach(p -> out[p] = PlanExecutor.run(plans.get(planOf[p]), vols[p])[0]);
        return out;
    }
}

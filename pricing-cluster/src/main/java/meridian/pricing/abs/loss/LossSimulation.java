package meridian.pricing.abs.loss;

import java.util.LinkedHashMap;
import java.util.Map;

/** The result of a loss simulation: the pool's and each tranche's loss distribution (tranche order kept). */
public record LossSimulation(int scenarios, long seed, LossDistribution pool, Map<String, LossDistribution> tranches) {
    public LossSimulation {
        tranches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tranches));
    }
}

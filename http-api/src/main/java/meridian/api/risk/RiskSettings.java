package meridian.api.risk;

import com.typesafe.config.Config;
import java.time.Duration;

/** {@code meridian.risk}: revaluation period (0 = off), run defaults, CPU workers per pricing node, time limits. */
public record RiskSettings(Duration revalueInterval, int paths, int batchSize, int cpuWorkers, Duration stallTimeout,
                           Duration gridTimeout, int maxGridCells) {

    public static RiskSettings from(Config config) {
        Config risk = config.getConfig("meridian.risk");
        return new RiskSettings(risk.getDuration("revalue-interval"), risk.getInt("paths"), risk.getInt("batch-size"),
                risk.getInt("cpu-workers"), risk.getDuration("stall-timeout"), risk.getDuration("grid-timeout"),
                risk.getInt("max-grid-cells"));
    }
}

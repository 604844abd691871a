package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Monte Carlo credit-loss simulation as recorded on a product: the model's parameters, and the pool's and each
 * tranche's expected loss, 99% VaR and probability of any loss; with how it ran: the engine ("CPU", "GPU" or
 * "CPU+GPU"), and on the pricing cluster the distinct workers and the chunks of scenarios (null when recorded before
 * simulations were distributed).
 */
public record LossSummary(String engine, int scenarios, long seed, double correlation, double recoveryMeanPct,
                          double recoveryStdDevPct, LossFigures pool, Map<String, LossFigures> tranches,
                          Integer workers, Integer chunks) {

    public LossSummary {
        tranches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tranches));
    }

    /** A simulation run in one piece, not on the cluster. */
    public LossSummary(String engine, int scenarios, long seed, double correlation, double recoveryMeanPct,
                       double recoveryStdDevPct, LossFigures pool, Map<String, LossFigures> tranches) {
        this(engine, scenarios, seed, correlation, recoveryMeanPct, recoveryStdDevPct, pool, tranches, null, null);
    }

    /** Losses of one exposure; amounts in cents, percentages of its balance to 4 decimals. */
    public record LossFigures(BigDecimal balance, BigDecimal expectedLoss, BigDecimal expectedLossPct,
                              BigDecimal var99, BigDecimal var99Pct, BigDecimal probabilityOfLossPct) {
    }
}

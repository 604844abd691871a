package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Monte Carlo credit-loss simulation as recorded on a product: the model's parameters, and the pool's and each
 * tranche's expected loss, 99% VaR and probability of any loss.
 */
public record LossSummary(String engine, int scenarios, long seed, double correlation, double recoveryMeanPct,
                          double recoveryStdDevPct, LossFigures pool, Map<String, LossFigures> tranches) {

    public LossSummary {
        tranches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tranches));
    }

    /** Losses of one exposure; amounts in cents, percentages of its balance to 4 decimals. */
    public record LossFigures(BigDecimal balance, BigDecimal expectedLoss, BigDecimal expectedLossPct,
                              BigDecimal var99, BigDecimal var99Pct, BigDecimal probabilityOfLossPct) {
    }
}

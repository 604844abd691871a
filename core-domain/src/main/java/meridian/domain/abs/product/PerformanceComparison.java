package meridian.domain.abs.product;

import java.math.BigDecimal;

/**
 * Actual pool performance against the projection made at closing, for one period: pool balance, cumulative
 * defaults (amount and % of the pool at cut-off), and collections of the period.
 */
public record PerformanceComparison(int period, BigDecimal actualPoolBalance, BigDecimal projectedPoolBalance,
                                    BigDecimal actualCumulativeDefaults, BigDecimal projectedCumulativeDefaults,
                                    BigDecimal actualCumulativeDefaultPct, BigDecimal projectedCumulativeDefaultPct,
                                    BigDecimal actualCollections, BigDecimal projectedCollections) {
}

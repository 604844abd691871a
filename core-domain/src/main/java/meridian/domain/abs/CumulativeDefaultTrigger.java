package meridian.domain.abs;

import java.math.BigDecimal;

import meridian.domain.common.ValidationException;

/**
 * Breached once cumulative defaults exceed {@code thresholdPct} of the pool balance at cut-off;
 * from the period of the breach on, the deal pays sequentially, whatever its waterfall.
 */
public record CumulativeDefaultTrigger(BigDecimal thresholdPct) {
    public CumulativeDefaultTrigger {
        if (thresholdPct == null) throw new ValidationException("thresholdPct", "required");
        if (thresholdPct.signum() < 0) throw new ValidationException("thresholdPct", "must not be negative");
    }
}

package meridian.domain.abs.product;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A servicer's monthly report: the collection period (1 for the first month after closing), the report date,
 * what was actually collected, defaulted and recovered, the pool's performing balance at the period's end,
 * delinquent balances (not defaulted yet), and the recoveries still expected on past defaults.
 */
public record ServicerReport(int period, LocalDate reportDate, BigDecimal interestCollected,
                             BigDecimal scheduledPrincipal, BigDecimal prepayments, BigDecimal defaults,
                             BigDecimal recoveries, BigDecimal poolEndBalance, BigDecimal delinquent30To89,
                             BigDecimal delinquent90Plus, BigDecimal pendingRecoveries) {

    public ServicerReport {
        List<FieldError> errors = new ArrayList<>();
        if (period < 1) errors.add(new FieldError("period", "must be at least 1"));
        if (reportDate == null) errors.add(new FieldError("reportDate", "required"));
        interestCollected = amount("interestCollected", interestCollected, true, errors);
        scheduledPrincipal = amount("scheduledPrincipal", scheduledPrincipal, true, errors);
        prepayments = amount("prepayments", prepayments, true, errors);
        defaults = amount("defaults", defaults, true, errors);
        recoveries = amount("recoveries", recoveries, true, errors);
        poolEndBalance = amount("poolEndBalance", poolEndBalance, true, errors);
        delinquent30To89 = amount("delinquent30To89", delinquent30To89, false, errors);
        delinquent90Plus = amount("delinquent90Plus", delinquent90Plus, false, errors);
        pendingRecoveries = amount("pendingRecoveries", pendingRecoveries, false, errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    private static BigDecimal amount(String field, BigDecimal value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) errors.add(new FieldError(field, "required"));
            return Amounts.ZERO;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "at most 2 decimals (cents)"));
        }
        return value.setScale(Math.max(2, value.scale()), java.math.RoundingMode.UNNECESSARY);
    }

    /** Principal collected: scheduled, prepaid and recovered. */
    public BigDecimal principalCollections() {
        return scheduledPrincipal.add(prepayments).add(recoveries);
    }
}

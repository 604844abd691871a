package meridian.domain.abs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Pool performance assumptions: annual prepayment and default rates, recovery and its lag.
 * The optional vectors give a rate per period (period t uses element t-1, the last element
 * extends to the end); when a vector is given it replaces the flat rate, which may then be null.
 */
public record Assumptions(BigDecimal cprPct, BigDecimal cdrPct, BigDecimal recoveryPct, int recoveryLagMonths,
                          List<BigDecimal> cprVectorPct, List<BigDecimal> cdrVectorPct) {

    public static final int MAX_RECOVERY_LAG_MONTHS = 120;

    public Assumptions {
        cprVectorPct = cprVectorPct == null ? List.of() : List.copyOf(cprVectorPct);
        cdrVectorPct = cdrVectorPct == null ? List.of() : List.copyOf(cdrVectorPct);
        List<FieldError> errors = new ArrayList<>();
        checkRate("cprPct", cprPct, cprVectorPct.isEmpty(), errors);
        checkRate("cdrPct", cdrPct, cdrVectorPct.isEmpty(), errors);
        checkRate("recoveryPct", recoveryPct, true, errors);
        if (recoveryLagMonths < 0) errors.add(new FieldError("recoveryLagMonths", "must not be negative"));
        if (recoveryLagMonths > MAX_RECOVERY_LAG_MONTHS) {
            errors.add(new FieldError("recoveryLagMonths", "must be at most " + MAX_RECOVERY_LAG_MONTHS));
        }
        for (int i = 0; i < cprVectorPct.size(); i++) checkRate("cprVectorPct[" + i + "]", cprVectorPct.get(i), true, errors);
        for (int i = 0; i < cdrVectorPct.size(); i++) checkRate("cdrVectorPct[" + i + "]", cdrVectorPct.get(i), true, errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    /** Flat assumptions, as in the contract's base case. */
    public Assumptions(BigDecimal cprPct, BigDecimal cdrPct, BigDecimal recoveryPct, int recoveryLagMonths) {
        this(cprPct, cdrPct, recoveryPct, recoveryLagMonths, List.of(), List.of());
    }

    private static void checkRate(String field, BigDecimal value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) errors.add(new FieldError(field, "required"));
        } else if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError(field, "must be between 0 and 100"));
        }
    }

    /** The annual prepayment rate in percent that applies in period t (1-based). */
    public double cprPctAt(int period) {
        return rateAt(cprVectorPct, cprPct, period);
    }

    /** The annual default rate in percent that applies in period t (1-based). */
    public double cdrPctAt(int period) {
        return rateAt(cdrVectorPct, cdrPct, period);
    }

    private static double rateAt(List<BigDecimal> vector, BigDecimal flat, int period) {
        if (vector.isEmpty()) return flat.doubleValue();
        return vector.get(Math.min(period, vector.size()) - 1).doubleValue();
    }
}

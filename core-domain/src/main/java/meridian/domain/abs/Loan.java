package meridian.domain.abs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/** One loan of a pool: its performing balance, rate, remaining term and the attributes used for look-through. */
public record Loan(String id, BigDecimal balance, BigDecimal ratePct, int remainingTermMonths,
                   Amortization amortization, String obligor, String industry, String region, String rating) {

    /** Fifty years: longer terms are data errors, and would make projections needlessly long. */
    public static final int MAX_TERM_MONTHS = 600;

    public Loan {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || id.isBlank()) errors.add(new FieldError("id", "required"));
        if (balance == null) errors.add(new FieldError("balance", "required"));
        else if (balance.signum() < 0) errors.add(new FieldError("balance", "must not be negative"));
        if (ratePct == null) errors.add(new FieldError("ratePct", "required"));
        else if (ratePct.signum() < 0) errors.add(new FieldError("ratePct", "must not be negative"));
        if (remainingTermMonths < 1) errors.add(new FieldError("remainingTermMonths", "must be at least 1"));
        if (remainingTermMonths > MAX_TERM_MONTHS) {
            errors.add(new FieldError("remainingTermMonths", "must be at most " + MAX_TERM_MONTHS));
        }
        if (amortization == null) errors.add(new FieldError("amortization", "required"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        obligor = Objects.requireNonNullElse(obligor, "");
        industry = Objects.requireNonNullElse(industry, "");
        region = Objects.requireNonNullElse(region, "");
        rating = Objects.requireNonNullElse(rating, "");
    }
}

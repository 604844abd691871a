package meridian.domain.pricing.product;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/** Collects the field errors of one product and throws them together. */
final class Checks {
    private final List<FieldError> errors = new ArrayList<>();

    Checks required(String field, Object value) {
        if (value == null) {
            errors.add(new FieldError("product." + field, "is required"));
        }
        return this;
    }

    Checks positive(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            errors.add(new FieldError("product." + field, "must be a positive number"));
        }
        return this;
    }

    Checks nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            errors.add(new FieldError("product." + field, "must be zero or positive"));
        }
        return this;
    }

    Checks check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError("product." + field, message));
        }
        return this;
    }

    /** Knock-out/knock-in rules shared by the autocallables (snowball, phoenix). */
    Checks autocall(ContractTerms terms, double knockOutPct, double knockInPct, double couponPct, int lockMonths) {
        required("terms", terms).positive("knockOutPct", knockOutPct).positive("knockInPct", knockInPct)
                .nonNegative("couponPct", couponPct).check(lockMonths >= 0, "lockMonths", "must be zero or positive");
        if (ok()) {
            check(knockInPct <= knockOutPct, "knockInPct", "must not be above knockOutPct " + knockOutPct);
            if (terms.tenorMonths() != null) {
                check(lockMonths <= terms.tenorMonths(), "lockMonths", "must not exceed tenorMonths");
            }
        }
        return this;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

package meridian.domain.abs;

import java.math.BigDecimal;

import meridian.domain.common.ValidationException;

/** A senior fee, charged monthly at {@code ratePct/1200} of the pool balance at period start. */
public record Fee(String name, BigDecimal ratePct) {
    public Fee {
        if (name == null || name.isBlank()) throw new ValidationException("name", "required");
        if (ratePct == null) throw new ValidationException("ratePct", "required");
        if (ratePct.signum() < 0) throw new ValidationException("ratePct", "must not be negative");
    }
}

package meridian.domain.abs;

import java.math.BigDecimal;

import meridian.domain.common.ValidationException;

/** A note of the deal. A null coupon marks the subordinated (residual) tranche. */
public record Tranche(String name, BigDecimal balance, BigDecimal couponPct) {
    public Tranche {
        if (name == null || name.isBlank()) throw new ValidationException("name", "required");
        if (balance == null) throw new ValidationException("balance", "required");
        if (balance.signum() < 0) throw new ValidationException("balance", "must not be negative");
        if (couponPct != null && couponPct.signum() < 0) throw new ValidationException("couponPct", "must not be negative");
    }

    public boolean subordinated() {
        return couponPct == null;
    }
}

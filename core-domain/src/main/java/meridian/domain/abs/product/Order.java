package meridian.domain.abs.product;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bookbuilding order: an investor's demand for an amount of one tranche, optionally only at a coupon of at
 * least {@code minCouponPct}.
 */
public record Order(String orderId, String investor, String tranche, BigDecimal amount, BigDecimal minCouponPct) {

    public Order {
        List<FieldError> errors = new ArrayList<>();
        if (orderId == null || !orderId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            errors.add(new FieldError("orderId", "1 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (investor == null || investor.isBlank() || investor.length() > 120) {
            errors.add(new FieldError("investor", "required, at most 120 characters"));
        }
        if (tranche == null || tranche.isBlank()) errors.add(new FieldError("tranche", "required"));
        if (amount == null) errors.add(new FieldError("amount", "required"));
        else if (amount.signum() <= 0) errors.add(new FieldError("amount", "must be positive"));
        else if (amount.scale() > 2) errors.add(new FieldError("amount", "at most 2 decimals"));
        if (minCouponPct != null && minCouponPct.signum() < 0) {
            errors.add(new FieldError("minCouponPct", "must not be negative"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        investor = investor.strip();
    }
}

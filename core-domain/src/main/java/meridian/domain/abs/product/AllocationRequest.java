package meridian.domain.abs.product;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How much to give against one order. */
public record AllocationRequest(String orderId, BigDecimal amount) {
    public AllocationRequest {
        List<FieldError> errors = new ArrayList<>();
        if (orderId == null || orderId.isBlank()) errors.add(new FieldError("orderId", "required"));
        if (amount == null) errors.add(new FieldError("amount", "required"));
        else if (amount.signum() <= 0) errors.add(new FieldError("amount", "must be positive"));
        else if (amount.scale() > 2) errors.add(new FieldError("amount", "at most 2 decimals"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}

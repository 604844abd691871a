package meridian.domain.abs.product;

import java.math.BigDecimal;

/** What an investor is given of a tranche against one of its orders. */
public record Allocation(String orderId, String investor, String tranche, BigDecimal amount) {
}

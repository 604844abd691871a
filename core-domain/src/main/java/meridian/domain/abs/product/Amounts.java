package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Booked and reported amounts: BigDecimal, rounded half-even to the cent. */
final class Amounts {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Amounts() {
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code part} as a percentage of {@code whole}, 4 decimals; 0 when the whole is 0. */
    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : part.multiply(HUNDRED).divide(whole, 4, RoundingMode.HALF_EVEN);
    }
}

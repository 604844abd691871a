package meridian.pricing.abs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reporting amounts: the exact double, rounded half-even to the cent. */
public final class Money {
    private Money() {
    }

    public static BigDecimal cents(double amount) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new ArithmeticException("not a finite amount: " + amount);
        }
        BigDecimal rounded = new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(2) : rounded;
    }
}

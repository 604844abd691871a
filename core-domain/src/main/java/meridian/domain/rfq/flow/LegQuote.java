package meridian.domain.rfq.flow;

import meridian.domain.common.CborSerializable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The desk's price for one leg, in the unit the leg asked to solve (premium, coupon, participation or strike), in percent. */
public record LegQuote(int leg, BigDecimal valuePct) implements CborSerializable {

    public LegQuote {
        if (leg < 0) {
            throw new IllegalArgumentException("leg must be 0 or more");
        }
        valuePct = Objects.requireNonNull(valuePct, "valuePct").setScale(2, RoundingMode.HALF_EVEN);
    }
}

package meridian.domain.rfq.reply;

import java.math.BigDecimal;
import meridian.domain.common.ValidationException;
import meridian.domain.rfq.parse.RfqLeg;

/**
 * A leg with the number the desk quotes for it, in percent: the premium of notional, the annual
 * coupon, the participation or the strike, as {@code leg.solveFor()} says.
 */
public record QuotedLeg(RfqLeg leg, BigDecimal valuePct) {

    public QuotedLeg {
        if (leg == null) {
            throw new ValidationException("leg", "required");
        }
        if (valuePct == null) {
            throw new ValidationException("valuePct", "required");
        }
    }
}

package meridian.domain.rfq.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * One quote asked for in a chat message, with the keys of the RFQ parse contract. Percent values are
 * percent of the initial price (strike 95 means 95%); {@code notional} is in CNY. {@code null} means
 * the message did not say and no default applies.
 */
public record RfqLeg(
        String underlying,
        Structure structure,
        OptionType optionType,
        Tenor tenor,
        BigDecimal strikePct,
        BigDecimal knockOutPct,
        BigDecimal knockInPct,
        BigDecimal barrierPct,
        BarrierType barrierType,
        BigDecimal couponPct,
        BigDecimal rebatePct,
        BigDecimal participationPct,
        BigDecimal payoutPct,
        BigDecimal notional,
        Side side,
        SolveFor solveFor) {

    public RfqLeg {
        List<FieldError> errors = new ArrayList<>();
        if (structure == null) {
            errors.add(new FieldError("structure", "required"));
        }
        if (side == null) {
            errors.add(new FieldError("side", "required"));
        }
        if (solveFor == null) {
            errors.add(new FieldError("solveFor", "required"));
        }
        strikePct = positive("strikePct", strikePct, errors);
        knockOutPct = positive("knockOutPct", knockOutPct, errors);
        knockInPct = positive("knockInPct", knockInPct, errors);
        barrierPct = positive("barrierPct", barrierPct, errors);
        couponPct = nonNegative("couponPct", couponPct, errors);
        rebatePct = nonNegative("rebatePct", rebatePct, errors);
        participationPct = positive("participationPct", participationPct, errors);
        payoutPct = positive("payoutPct", payoutPct, errors);
        notional = positive("notional", notional, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The smallest leg of a structure: everything else unstated, the client buys, the desk quotes a premium. */
    public static RfqLeg of(String underlying, Structure structure, Tenor tenor) {
        return new RfqLeg(underlying, structure, null, tenor, null, null, null, null, null, null, null, null,
                null, null, Side.CLIENT_BUY, SolveFor.PREMIUM);
    }

    /** Numbers are kept in their plainest form so that 100, 100.0 and 1E+2 are equal (and print as 100). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static BigDecimal positive(String field, BigDecimal value, List<FieldError> errors) {
        if (value != null && value.signum() <= 0) {
            errors.add(new FieldError(field, "must be positive, got " + value.toPlainString()));
        }
        return plain(value);
    }

    private static BigDecimal nonNegative(String field, BigDecimal value, List<FieldError> errors) {
        if (value != null && value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative, got " + value.toPlainString()));
        }
        return plain(value);
    }
}

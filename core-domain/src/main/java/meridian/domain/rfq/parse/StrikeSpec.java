package meridian.domain.rfq.parse;

import java.math.BigDecimal;
import meridian.domain.rfq.parse.Token.Moneyness;

/** A strike as the client says it: a level (95), at the money, or so far out of or in the money. */
record StrikeSpec(Moneyness moneyness, BigDecimal level) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static StrikeSpec level(BigDecimal level) {
        return new StrikeSpec(null, level);
    }

    static StrikeSpec atTheMoney() {
        return new StrikeSpec(Moneyness.ATM, null);
    }

    static StrikeSpec moneyness(Moneyness moneyness, BigDecimal offset) {
        return new StrikeSpec(moneyness, offset);
    }

    /** Percent of the initial price; out of the money is above for a call and below for a put. */
    BigDecimal percentFor(OptionType type) {
        if (moneyness == null) {
            return level;
        }
        return switch (moneyness) {
            case ATM -> HUNDRED;
            case OTM -> type == null ? null : type == OptionType.CALL ? HUNDRED.add(level) : HUNDRED.subtract(level);
            case ITM -> type == null ? null : type == OptionType.CALL ? HUNDRED.subtract(level) : HUNDRED.add(level);
        };
    }
}

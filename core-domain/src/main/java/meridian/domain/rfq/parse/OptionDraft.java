package meridian.domain.rfq.parse;

import java.math.BigDecimal;

/** One option of a request as it is being read: what the client said about strike, type and size. */
final class OptionDraft {
    StrikeSpec strike;
    OptionType type;
    Structure structure;
    BigDecimal notional;

    boolean isEmpty() {
        return strike == null && type == null && structure == null;
    }
}

package meridian.domain.rfq.parse;

import java.util.List;

/** The legs found in one message; empty when the message asks for no quote. */
public record ParseResult(List<RfqLeg> legs) {

    public ParseResult {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }

    public static ParseResult none() {
        return new ParseResult(List.of());
    }

    public boolean asksForQuote() {
        return !legs.isEmpty();
    }

    /** {@code {"legs":[...]}} exactly as the RFQ parse contract writes it. */
    public String toJson() {
        return RfqJson.write(this);
    }
}

package meridian.read.deal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/** A booked deal as the read side holds it; {@code terms} are the booked DealTerms as JSON. */
public record DealView(String dealId, String counterparty, String rfqId, String structure, String underlying,
                       BigDecimal notional, JsonNode terms, String bookedBy, Instant bookedAt) {
}

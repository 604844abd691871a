package meridian.read.rfq;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** One RFQ as the trader sees it: where it stands, what was asked and quoted, and when each step happened. */
public record RfqView(String rfqId, String groupId, String clientId, String text, String status, JsonNode legs,
                      JsonNode quotes, Boolean autoApproved, String trader, String replyText, String outcome,
                      List<String> dealIds, Instant receivedAt, Instant pricedAt, Instant sentAt, Instant validUntil,
                      Instant closedAt, Instant updatedAt) {
}

package meridian.domain.rfq.flow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;
import meridian.domain.rfq.parse.RfqLeg;

import java.time.Instant;
import java.util.List;

/** What happened to an RFQ: who did it and when are part of every event. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = RfqEvent.RfqReceived.class, name = "RfqReceived"),
        @JsonSubTypes.Type(value = RfqEvent.RfqParsed.class, name = "RfqParsed"),
        @JsonSubTypes.Type(value = RfqEvent.RfqIgnored.class, name = "RfqIgnored"),
        @JsonSubTypes.Type(value = RfqEvent.ClientRefused.class, name = "ClientRefused"),
        @JsonSubTypes.Type(value = RfqEvent.QuotesPriced.class, name = "QuotesPriced"),
        @JsonSubTypes.Type(value = RfqEvent.QuoteApproved.class, name = "QuoteApproved"),
        @JsonSubTypes.Type(value = RfqEvent.QuoteRejected.class, name = "QuoteRejected"),
        @JsonSubTypes.Type(value = RfqEvent.QuoteSent.class, name = "QuoteSent"),
        @JsonSubTypes.Type(value = RfqEvent.QuoteAccepted.class, name = "QuoteAccepted"),
        @JsonSubTypes.Type(value = RfqEvent.QuoteDeclined.class, name = "QuoteDeclined"),
        @JsonSubTypes.Type(value = RfqEvent.QuoteExpired.class, name = "QuoteExpired"),
        @JsonSubTypes.Type(value = RfqEvent.ApprovalLapsed.class, name = "ApprovalLapsed"),
        @JsonSubTypes.Type(value = RfqEvent.RfqBooked.class, name = "RfqBooked")})
public sealed interface RfqEvent extends CborSerializable {

    Instant at();

    record RfqReceived(String rfqId, String tenant, String groupId, String clientId, String messageId, String text,
                       Instant at) implements RfqEvent {
    }

    record RfqParsed(List<RfqLeg> legs, Instant at) implements RfqEvent {
    }

    record RfqIgnored(String reason, Instant at) implements RfqEvent {
    }

    record ClientRefused(String reason, Instant at) implements RfqEvent {
    }

    /** {@code approveBy}: when the price lapses unless a trader approves it (null: no deadline, or auto-approved). */
    record QuotesPriced(List<LegQuote> quotes, boolean autoApproved, Instant approveBy, Instant at) implements RfqEvent {
    }

    record QuoteApproved(String trader, List<LegQuote> quotes, Instant at) implements RfqEvent {
    }

    record QuoteRejected(String trader, String reason, Instant at) implements RfqEvent {
    }

    record QuoteSent(String replyText, Instant validUntil, Instant at) implements RfqEvent {
    }

    record QuoteAccepted(String messageId, Instant at) implements RfqEvent {
    }

    record QuoteDeclined(String messageId, Instant at) implements RfqEvent {
    }

    record QuoteExpired(Instant at) implements RfqEvent {
    }

    /** No trader approved the price by {@code approveBy}; the client never saw it. */
    record ApprovalLapsed(Instant approveBy, Instant at) implements RfqEvent {
    }

    record RfqBooked(List<String> dealIds, Instant at) implements RfqEvent {
    }
}

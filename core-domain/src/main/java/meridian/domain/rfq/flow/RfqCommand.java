package meridian.domain.rfq.flow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.reply.AcceptanceIntent;

import java.time.Instant;
import java.util.List;

/** What may be asked of an RFQ. The entity adds the reply target. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = RfqCommand.Receive.class, name = "Receive"),
        @JsonSubTypes.Type(value = RfqCommand.RecordParse.class, name = "RecordParse"),
        @JsonSubTypes.Type(value = RfqCommand.RefuseClient.class, name = "RefuseClient"),
        @JsonSubTypes.Type(value = RfqCommand.RecordQuotes.class, name = "RecordQuotes"),
        @JsonSubTypes.Type(value = RfqCommand.Approve.class, name = "Approve"),
        @JsonSubTypes.Type(value = RfqCommand.Reject.class, name = "Reject"),
        @JsonSubTypes.Type(value = RfqCommand.RecordSent.class, name = "RecordSent"),
        @JsonSubTypes.Type(value = RfqCommand.ClientReplied.class, name = "ClientReplied"),
        @JsonSubTypes.Type(value = RfqCommand.Expire.class, name = "Expire"),
        @JsonSubTypes.Type(value = RfqCommand.RecordBooking.class, name = "RecordBooking")})
public sealed interface RfqCommand extends CborSerializable {

    record Receive(String rfqId, String tenant, String groupId, String clientId, String messageId, String text)
            implements RfqCommand {
    }

    record RecordParse(List<RfqLeg> legs) implements RfqCommand {
    }

    record RefuseClient(String reason) implements RfqCommand {
    }

    /** {@code approveBy}: when the price lapses unless a trader approves it; null when it needs no trader. */
    record RecordQuotes(List<LegQuote> quotes, boolean autoApprove, Instant approveBy) implements RfqCommand {

        /** Quotes whose price does not lapse while they wait for a trader. */
        public RecordQuotes(List<LegQuote> quotes, boolean autoApprove) {
            this(quotes, autoApprove, null);
        }
    }

    /** {@code edits}: replacement prices for some legs (empty: approve as priced). */
    record Approve(String trader, List<LegQuote> edits) implements RfqCommand {
    }

    record Reject(String trader, String reason) implements RfqCommand {
    }

    record RecordSent(String replyText, Instant validUntil) implements RfqCommand {
    }

    record ClientReplied(String messageId, AcceptanceIntent intent) implements RfqCommand {
    }

    record Expire() implements RfqCommand {
    }

    record RecordBooking(List<String> dealIds) implements RfqCommand {
    }
}

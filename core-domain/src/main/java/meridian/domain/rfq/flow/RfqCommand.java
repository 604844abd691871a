package meridian.domain.rfq.flow;

import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.reply.AcceptanceIntent;

import java.time.Instant;
import java.util.List;

/** What may be asked of an RFQ. The entity adds the reply target. */
public sealed interface RfqCommand {

    record Receive(String rfqId, String tenant, String groupId, String clientId, String messageId, String text)
            implements RfqCommand {
    }

    record RecordParse(List<RfqLeg> legs) implements RfqCommand {
    }

    record RefuseClient(String reason) implements RfqCommand {
    }

    record RecordQuotes(List<LegQuote> quotes, boolean autoApprove) implements RfqCommand {
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

package meridian.read.rfq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.flow.RfqEvent;
import meridian.domain.rfq.flow.RfqEvent.ApprovalLapsed;
import meridian.domain.rfq.flow.RfqEvent.ClientRefused;
import meridian.domain.rfq.flow.RfqEvent.QuoteAccepted;
import meridian.domain.rfq.flow.RfqEvent.QuoteApproved;
import meridian.domain.rfq.flow.RfqEvent.QuoteDeclined;
import meridian.domain.rfq.flow.RfqEvent.QuoteExpired;
import meridian.domain.rfq.flow.RfqEvent.QuoteRejected;
import meridian.domain.rfq.flow.RfqEvent.QuoteSent;
import meridian.domain.rfq.flow.RfqEvent.QuotesPriced;
import meridian.domain.rfq.flow.RfqEvent.RfqBooked;
import meridian.domain.rfq.flow.RfqEvent.RfqIgnored;
import meridian.domain.rfq.flow.RfqEvent.RfqParsed;
import meridian.domain.rfq.flow.RfqEvent.RfqReceived;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.domain.rfq.parse.RfqJson;
import meridian.domain.rfq.parse.RfqLeg;

/**
 * What one RFQ's consecutive events change in its view rows: the {@code rfq_view} columns they set (a later event's
 * value wins), the status they leave it in, and, when the RFQ was received among them, its group and day. Events of
 * one RFQ arrive in order, so folding them gives the rows the events would have written one by one.
 */
final class RfqViewChange {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String tenant;
    final String rfqId;
    /** {@code rfq_view} columns to set, besides {@code status} and {@code updated_at}. */
    final Map<String, Object> columns = new LinkedHashMap<>();
    RfqStatus status;
    Instant updatedAt;
    /** How long the price holds while the RFQ waits for a trader or for the client; null in every other state. */
    Instant validUntil;
    /** Set when the RFQ was received among these events: its chat group and the desk's day of receipt. */
    String groupId;
    LocalDate day;

    private RfqViewChange(String tenant, String rfqId) {
        this.tenant = tenant;
        this.rfqId = rfqId;
    }

    /** From an RFQ entity's persistence id, {@code Rfq|tenant:rfqId}. */
    static RfqViewChange of(String persistenceId) {
        String entityId = persistenceId.substring(persistenceId.indexOf('|') + 1);
        int colon = entityId.indexOf(':');
        return new RfqViewChange(entityId.substring(0, colon), entityId.substring(colon + 1));
    }

    void apply(RfqEvent event, ZoneId zone) {
        validUntil = null;
        if (event instanceof RfqReceived e) {
            set(RfqStatus.RECEIVED, e.at(), "group_id", e.groupId(), "client_id", e.clientId(), "message_text", e.text(),
                    "received_at", e.at());
            groupId = e.groupId();
            day = LocalDate.ofInstant(e.at(), zone);
        } else if (event instanceof RfqParsed e) {
            set(RfqStatus.PARSED, e.at(), "legs", legs(e.legs()));
        } else if (event instanceof RfqIgnored e) {
            set(RfqStatus.IGNORED, e.at(), "outcome", e.reason(), "closed_at", e.at());
        } else if (event instanceof ClientRefused e) {
            set(RfqStatus.REFUSED, e.at(), "outcome", e.reason(), "closed_at", e.at());
        } else if (event instanceof QuotesPriced e) {
            set(e.autoApproved() ? RfqStatus.APPROVED : RfqStatus.PENDING_APPROVAL, e.at(),
                    "quotes", quotes(e.quotes()), "priced_at", e.at(), "auto_approved", e.autoApproved());
            if (e.approveBy() != null) {
                columns.put("valid_until", e.approveBy());
                validUntil = e.approveBy();
            }
        } else if (event instanceof QuoteApproved e) {
            set(RfqStatus.APPROVED, e.at(), "quotes", quotes(e.quotes()), "trader", e.trader());
        } else if (event instanceof QuoteRejected e) {
            set(RfqStatus.REJECTED, e.at(), "trader", e.trader(), "outcome", e.reason(), "closed_at", e.at());
        } else if (event instanceof QuoteSent e) {
            set(RfqStatus.SENT, e.at(), "reply_text", e.replyText(), "sent_at", e.at(), "valid_until", e.validUntil());
            validUntil = e.validUntil();
        } else if (event instanceof QuoteAccepted e) {
            set(RfqStatus.ACCEPTED, e.at(), "closed_at", e.at());
        } else if (event instanceof QuoteDeclined e) {
            set(RfqStatus.DECLINED, e.at(), "closed_at", e.at());
        } else if (event instanceof QuoteExpired e) {
            set(RfqStatus.EXPIRED, e.at(), "closed_at", e.at());
        } else if (event instanceof ApprovalLapsed e) {
            set(RfqStatus.EXPIRED, e.at(), "outcome", "not approved by " + e.approveBy(), "closed_at", e.at());
        } else {
            RfqBooked e = (RfqBooked) event;
            set(RfqStatus.BOOKED, e.at(), "deal_ids", e.dealIds());
        }
    }

    private void set(RfqStatus status, Instant at, Object... columnsAndValues) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        this.status = status;
        this.updatedAt = at;
    }

    static String legs(List<RfqLeg> legs) {
        ArrayNode array = JSON.createArrayNode();
        legs.forEach(leg -> array.add(RfqJson.toNode(leg)));
        return array.toString();
    }

    static String quotes(List<LegQuote> quotes) {
        ArrayNode array = JSON.createArrayNode();
        quotes.forEach(q -> array.addObject().put("leg", q.leg()).put("valuePct", q.valuePct()));
        return array.toString();
    }
}

package meridian.read.rfq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionStage;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.flow.RfqEvent;
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
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * Keeps {@code rfq_view}, {@code rfq_by_group}, {@code rfq_by_day} and {@code rfq_active} in step with the RFQ events. Each event upserts the columns it owns
 * (at-least-once replays leave the same rows). The RFQ's id and tenant come from the persistence id
 * ({@code Rfq|tenant:rfqId}).
 */
public final class RfqViewHandler extends Handler<EventEnvelope<RfqEvent>> {

    /** Version 2 added {@code rfq_active} and {@code rfq_by_day}: a new name replays every RFQ event once to fill them. */
    public static final String PROJECTION = "rfq-view-2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CassandraSession session;
    private final String keyspace;
    private final ZoneId zone;

    /** {@code zone}: the desk's, whose calendar day files each RFQ in {@code rfq_by_day}. */
    public RfqViewHandler(CassandraSession session, String keyspace, ZoneId zone) {
        this.session = session;
        this.keyspace = keyspace;
        this.zone = zone;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<RfqEvent> envelope) {
        String entityId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
        int colon = entityId.indexOf(':');
        String tenant = entityId.substring(0, colon);
        String rfqId = entityId.substring(colon + 1);
        RfqEvent event = envelope.event();
        if (event instanceof RfqReceived e) {
            return session.executeWrite("INSERT INTO " + keyspace + ".rfq_view (tenant, rfq_id, group_id, client_id,"
                            + " message_text, status, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    tenant, rfqId, e.groupId(), e.clientId(), e.text(), RfqStatus.RECEIVED.name(), e.at(), e.at())
                    .thenCompose(d -> session.executeWrite("INSERT INTO " + keyspace + ".rfq_by_group (tenant, group_id,"
                            + " rfq_id) VALUES (?, ?, ?)", tenant, e.groupId(), rfqId))
                    .thenCompose(d -> session.executeWrite("INSERT INTO " + keyspace + ".rfq_by_day (tenant, day, rfq_id)"
                            + " VALUES (?, ?, ?)", tenant, LocalDate.ofInstant(e.at(), zone), rfqId))
                    .thenCompose(d -> active(tenant, rfqId, RfqStatus.RECEIVED, e.at(), null));
        }
        if (event instanceof RfqParsed e) {
            return update(tenant, rfqId, RfqStatus.PARSED, e.at(), "legs = ?", legs(e.legs()));
        }
        if (event instanceof RfqIgnored e) {
            return update(tenant, rfqId, RfqStatus.IGNORED, e.at(), "outcome = ?, closed_at = ?", e.reason(), e.at());
        }
        if (event instanceof ClientRefused e) {
            return update(tenant, rfqId, RfqStatus.REFUSED, e.at(), "outcome = ?, closed_at = ?", e.reason(), e.at());
        }
        if (event instanceof QuotesPriced e) {
            return update(tenant, rfqId, e.autoApproved() ? RfqStatus.APPROVED : RfqStatus.PENDING_APPROVAL, e.at(),
                    "quotes = ?, priced_at = ?, auto_approved = ?", quotes(e.quotes()), e.at(), e.autoApproved());
        }
        if (event instanceof QuoteApproved e) {
            return update(tenant, rfqId, RfqStatus.APPROVED, e.at(), "quotes = ?, trader = ?", quotes(e.quotes()), e.trader());
        }
        if (event instanceof QuoteRejected e) {
            return update(tenant, rfqId, RfqStatus.REJECTED, e.at(), "trader = ?, outcome = ?, closed_at = ?",
                    e.trader(), e.reason(), e.at());
        }
        if (event instanceof QuoteSent e) {
            return update(tenant, rfqId, RfqStatus.SENT, e.at(), e.validUntil(), "reply_text = ?, sent_at = ?, valid_until = ?",
                    e.replyText(), e.at(), e.validUntil());
        }
        if (event instanceof QuoteAccepted e) {
            return update(tenant, rfqId, RfqStatus.ACCEPTED, e.at(), "closed_at = ?", e.at());
        }
        if (event instanceof QuoteDeclined e) {
            return update(tenant, rfqId, RfqStatus.DECLINED, e.at(), "closed_at = ?", e.at());
        }
        if (event instanceof QuoteExpired e) {
            return update(tenant, rfqId, RfqStatus.EXPIRED, e.at(), "closed_at = ?", e.at());
        }
        RfqBooked e = (RfqBooked) event;
        return update(tenant, rfqId, RfqStatus.BOOKED, e.at(), "deal_ids = ?", e.dealIds());
    }

    private CompletionStage<Done> update(String tenant, String rfqId, RfqStatus status, Instant at, String columns,
                                         Object... values) {
        return update(tenant, rfqId, status, at, null, columns, values);
    }

    private CompletionStage<Done> update(String tenant, String rfqId, RfqStatus status, Instant at, Instant validUntil,
                                         String columns, Object... values) {
        Object[] bound = new Object[values.length + 4];
        System.arraycopy(values, 0, bound, 0, values.length);
        bound[values.length] = status.name();
        bound[values.length + 1] = at;
        bound[values.length + 2] = tenant;
        bound[values.length + 3] = rfqId;
        // Status only moves forward through the events of one RFQ, which arrive in order: the last write wins.
        return session.executeWrite("UPDATE " + keyspace + ".rfq_view SET " + columns + ", status = ?, updated_at = ?"
                        + " WHERE tenant = ? AND rfq_id = ?", bound)
                .thenCompose(d -> active(tenant, rfqId, status, at, validUntil));
    }

    /** An RFQ still under way has its row in {@code rfq_active}; a closed one has none. */
    private CompletionStage<Done> active(String tenant, String rfqId, RfqStatus status, Instant at, Instant validUntil) {
        if (status.closed()) {
            return session.executeWrite("DELETE FROM " + keyspace + ".rfq_active WHERE tenant = ? AND rfq_id = ?", tenant, rfqId);
        }
        return session.executeWrite("UPDATE " + keyspace + ".rfq_active SET status = ?, updated_at = ?, valid_until = ?"
                + " WHERE tenant = ? AND rfq_id = ?", status.name(), at, validUntil, tenant, rfqId);
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

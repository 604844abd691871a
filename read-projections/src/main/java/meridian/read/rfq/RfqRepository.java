package meridian.read.rfq;

import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Reads the RFQ views of a tenant: one RFQ, the queue, one chat group's RFQs. */
public final class RfqRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDS_PER_QUERY = 100;

    private final CassandraSession session;
    private final String keyspace;

    public RfqRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Optional<RfqView>> byId(String tenant, String rfqId) {
        return session.selectOne("SELECT * FROM " + keyspace + ".rfq_view WHERE tenant = ? AND rfq_id = ?", tenant, rfqId)
                .thenApply(row -> row.map(RfqRepository::toView));
    }

    /** The RFQs received on these days (the desk's calendar) and, with {@code underWay}, those not yet closed; newest first. */
    public CompletionStage<List<RfqView>> ofDays(String tenant, List<LocalDate> days, boolean underWay) {
        List<CompletableFuture<List<Row>>> idRows = new ArrayList<>();
        for (LocalDate day : days) {
            idRows.add(session.selectAll("SELECT rfq_id FROM " + keyspace + ".rfq_by_day WHERE tenant = ? AND day = ?",
                    tenant, day).toCompletableFuture());
        }
        if (underWay) {
            idRows.add(session.selectAll("SELECT rfq_id FROM " + keyspace + ".rfq_active WHERE tenant = ?", tenant)
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(idRows.toArray(CompletableFuture[]::new)).thenCompose(v -> {
            Set<String> ids = new LinkedHashSet<>();
            idRows.forEach(rows -> rows.join().forEach(r -> ids.add(r.getString("rfq_id"))));
            return byIds(tenant, List.copyOf(ids));
        });
    }

    /** The RFQs of one chat group, newest first: their ids from {@code rfq_by_group}, their views by id. */
    public CompletionStage<List<RfqView>> ofGroup(String tenant, String groupId) {
        return session.selectAll("SELECT rfq_id FROM " + keyspace + ".rfq_by_group WHERE tenant = ? AND group_id = ?",
                        tenant, groupId)
                .thenCompose(rows -> byIds(tenant, rows.stream().map(r -> r.getString("rfq_id")).toList()));
    }

    /** The views of these RFQs, newest first, read {@value #IDS_PER_QUERY} ids to a query. */
    private CompletionStage<List<RfqView>> byIds(String tenant, List<String> ids) {
        List<CompletableFuture<List<Row>>> reads = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            reads.add(session.selectAll("SELECT * FROM " + keyspace + ".rfq_view WHERE tenant = ? AND rfq_id IN ?", tenant,
                    ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).toCompletableFuture());
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(v ->
                newestFirst(reads.stream().flatMap(read -> read.join().stream()).toList()));
    }

    private static List<RfqView> newestFirst(List<Row> rows) {
        return rows.stream().map(RfqRepository::toView)
                .sorted(Comparator.comparing(RfqView::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    static RfqView toView(Row r) {
        return new RfqView(r.getString("rfq_id"), r.getString("group_id"), r.getString("client_id"),
                r.getString("message_text"), r.getString("status"), json(r.getString("legs")), json(r.getString("quotes")),
                r.isNull("auto_approved") ? null : r.getBoolean("auto_approved"), r.getString("trader"),
                r.getString("reply_text"), r.getString("outcome"), r.getList("deal_ids", String.class),
                r.getInstant("received_at"), r.getInstant("priced_at"), r.getInstant("sent_at"), r.getInstant("valid_until"),
                r.getInstant("closed_at"), r.getInstant("updated_at"));
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rfq_view holds invalid JSON", e);
        }
    }

    /** The RFQs under way (not closed), with their status and when it last changed: the sweeper's input. */
    public CompletionStage<List<ActiveRfq>> active(String tenant) {
        return session.selectAll("SELECT rfq_id, status, updated_at, valid_until FROM " + keyspace + ".rfq_active WHERE tenant = ?",
                tenant).thenApply(rows -> rows.stream().map(r -> new ActiveRfq(r.getString("rfq_id"), r.getString("status"),
                r.getInstant("updated_at"), r.getInstant("valid_until"))).toList());
    }

    /** One row of {@code rfq_active}. */
    public record ActiveRfq(String rfqId, String status, Instant updatedAt, Instant validUntil) {
    }
}

package meridian.read.rfq;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.rfq.flow.RfqEvent;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * Keeps {@code rfq_view}, {@code rfq_by_group}, {@code rfq_by_day} and {@code rfq_active} in step with the RFQ events.
 * Events come in groups: each RFQ's events in a group are folded into one {@link RfqViewChange} and written as one
 * unlogged batch of at most four rows (at 50 RFQs a second, an RFQ's received, parsed and priced events nearly always
 * share a group: one request instead of eight). Every write is an upsert of the columns the events own, so an
 * at-least-once replay leaves the same rows.
 */
public final class RfqViewHandler extends Handler<List<EventEnvelope<RfqEvent>>> {

    /** Version 2 added {@code rfq_active} and {@code rfq_by_day}: a new name replays every RFQ event once to fill them. */
    public static final String PROJECTION = "rfq-view-2";

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
    public CompletionStage<Done> process(List<EventEnvelope<RfqEvent>> envelopes) {
        Map<String, RfqViewChange> changes = new LinkedHashMap<>();
        for (EventEnvelope<RfqEvent> envelope : envelopes) {
            changes.computeIfAbsent(envelope.persistenceId(), RfqViewChange::of).apply(envelope.event(), zone);
        }
        CompletableFuture<?>[] writes = changes.values().stream()
                .map(change -> write(change).toCompletableFuture()).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(writes).thenApply(v -> Done.done());
    }

    private CompletionStage<Done> write(RfqViewChange change) {
        List<CompletionStage<BatchableStatement<?>>> rows = new ArrayList<>();
        Map<String, Object> view = new LinkedHashMap<>(change.columns);
        view.put("status", change.status.name());
        view.put("updated_at", change.updatedAt);
        rows.add(update("rfq_view", view, change));
        if (change.groupId != null) {
            rows.add(bound("INSERT INTO " + keyspace + ".rfq_by_group (tenant, group_id, rfq_id) VALUES (?, ?, ?)",
                    change.tenant, change.groupId, change.rfqId));
            rows.add(bound("INSERT INTO " + keyspace + ".rfq_by_day (tenant, day, rfq_id) VALUES (?, ?, ?)",
                    change.tenant, change.day, change.rfqId));
        }
        // An RFQ still under way has its row in rfq_active; a closed one has none. A validity is written only when
        // there is one: writing null would leave a tombstone per RFQ for the sweeper to read every few seconds.
        if (change.status.closed()) {
            rows.add(bound("DELETE FROM " + keyspace + ".rfq_active WHERE tenant = ? AND rfq_id = ?", change.tenant, change.rfqId));
        } else {
            Map<String, Object> active = new LinkedHashMap<>();
            active.put("status", change.status.name());
            active.put("updated_at", change.updatedAt);
            if (change.validUntil != null) {
                active.put("valid_until", change.validUntil);
            }
            rows.add(update("rfq_active", active, change));
        }
        CompletableFuture<?>[] all = rows.stream().map(CompletionStage::toCompletableFuture).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all).thenCompose(v -> {
            BatchStatement batch = BatchStatement.newInstance(BatchType.UNLOGGED);
            for (CompletableFuture<?> row : all) {
                batch = batch.add((BatchableStatement<?>) row.join());
            }
            return session.executeWriteBatch(batch);
        });
    }

    /** Sets these columns of the RFQ's row in {@code table} (keyed by tenant and RFQ id). */
    private CompletionStage<BatchableStatement<?>> update(String table, Map<String, Object> columns, RfqViewChange change) {
        List<Object> values = new ArrayList<>(columns.values());
        values.add(change.tenant);
        values.add(change.rfqId);
        return bound("UPDATE " + keyspace + "." + table + " SET " + String.join(" = ?, ", columns.keySet()) + " = ?"
                + " WHERE tenant = ? AND rfq_id = ?", values.toArray());
    }

    /** The driver keeps each prepared statement (and forgets a failed preparation), so preparing per row is cheap. */
    private CompletionStage<BatchableStatement<?>> bound(String cql, Object... values) {
        return session.prepare(cql).thenApply(statement -> statement.bind(values));
    }
}

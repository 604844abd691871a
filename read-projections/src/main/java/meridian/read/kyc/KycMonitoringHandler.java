package meridian.read.kyc;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.kyc.monitoring.MonitoringEvent;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.WatchListEntry;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a tenant's monitoring changes: stores the loaded list entries ({@code kyc_watch_list}, a replacement first
 * dropping the list's earlier entries) or the news items ({@code kyc_news}), raises the tenant's version
 * ({@code kyc_monitoring}), then has every monitored client screened again and records the outcome. At least once: a
 * replay rewrites the same rows in the same order, and screening a client again finds nothing new.
 */
public final class KycMonitoringHandler extends Handler<EventEnvelope<MonitoringEvent>> {

    public static final String PROJECTION = "kyc-monitoring";
    private static final Logger LOG = LoggerFactory.getLogger(KycMonitoringHandler.class);
    private static final int BATCH = 100;

    private final CassandraSession session;
    private final String keyspace;
    private final RescreenTrigger trigger;

    public KycMonitoringHandler(CassandraSession session, String keyspace, RescreenTrigger trigger) {
        this.session = session;
        this.keyspace = keyspace;
        this.trigger = trigger;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<MonitoringEvent> envelope) {
        String tenant = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
        MonitoringEvent event = envelope.event();
        CompletionStage<Done> stored = event instanceof MonitoringEvent.WatchListLoaded loaded
                ? storeList(tenant, loaded)
                : storeNews(tenant, (MonitoringEvent.NewsPosted) event);
        return stored
                .thenCompose(d -> session.executeWrite("UPDATE " + keyspace + ".kyc_monitoring SET version = ?, changed_at = ?"
                        + " WHERE tenant = ?", event.version(), event.at(), tenant))
                .thenCompose(d -> trigger.rescreen(tenant, event.version()))
                .thenCompose(outcome -> {
                    LOG.info("KYC monitoring of {} at version {}: {} approved clients screened again, {} alerts", tenant,
                            event.version(), outcome.cases(), outcome.alerts());
                    return session.executeWrite("UPDATE " + keyspace + ".kyc_monitoring SET rescreened_version = ?,"
                            + " rescreened_cases = ?, alerts = ? WHERE tenant = ?", event.version(), outcome.cases(),
                            outcome.alerts(), tenant);
                });
    }

    private CompletionStage<Done> storeList(String tenant, MonitoringEvent.WatchListLoaded loaded) {
        CompletionStage<Done> cleared = loaded.replace()
                ? session.executeWrite("DELETE FROM " + keyspace + ".kyc_watch_list WHERE tenant = ? AND list = ?", tenant,
                        loaded.list())
                : CompletableFuture.completedFuture(Done.getInstance());
        String source = "UPDATE " + keyspace + ".kyc_watch_list_source SET version = ?, changed_at = ?, changed_by = ?"
                + (loaded.replace() ? ", replaced = true" : "") + " WHERE tenant = ? AND list = ?";
        return cleared
                .thenCompose(d -> session.prepare("INSERT INTO " + keyspace + ".kyc_watch_list (tenant, list, entry_id, entry)"
                        + " VALUES (?, ?, ?, ?)"))
                .thenCompose(insert -> inBatches(loaded.entries(), (WatchListEntry e) -> insert.bind(tenant, loaded.list(),
                        e.id(), KycJson.writeValue(e))))
                .thenCompose(d -> session.executeWrite(source, loaded.version(), loaded.at(), loaded.by().userId(), tenant,
                        loaded.list()));
    }

    private CompletionStage<Done> storeNews(String tenant, MonitoringEvent.NewsPosted posted) {
        return session.prepare("INSERT INTO " + keyspace + ".kyc_news (tenant, item_id, item, version) VALUES (?, ?, ?, ?)")
                .thenCompose(insert -> inBatches(posted.items(), (NewsItem n) -> insert.bind(tenant, n.id(),
                        KycJson.writeValue(n), posted.version())));
    }

    /** Unlogged batches of one partition (the tenant's), one after the other. */
    private <T> CompletionStage<Done> inBatches(List<T> items, java.util.function.Function<T, BatchableStatement<?>> bind) {
        CompletionStage<Done> done = CompletableFuture.completedFuture(Done.getInstance());
        for (int from = 0; from < items.size(); from += BATCH) {
            List<BatchableStatement<?>> statements = new ArrayList<>();
            items.subList(from, Math.min(items.size(), from + BATCH)).forEach(item -> statements.add(bind.apply(item)));
            BatchStatement batch = BatchStatement.newInstance(BatchType.UNLOGGED).addAll(statements);
            done = done.thenCompose(d -> session.executeWriteBatch(batch));
        }
        return done;
    }
}

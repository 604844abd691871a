package meridian.read.abs;

import meridian.domain.abs.product.AbsProductEvent;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@code abs_product_view} (one document per product, with the manager's row) and
 * {@code abs_regulator_report} (one report per product and period) in step with the ABS product events.
 * Idempotent: each product's document remembers the sequence number of the last event folded in, and an event
 * delivered again is skipped; a regulator report is an upsert by period, written before the document.
 */
public final class AbsProductViewHandler extends Handler<EventEnvelope<AbsProductEvent>> {

    public static final String PROJECTION = "abs-product-view";

    private final CassandraSession session;
    private final String keyspace;

    public AbsProductViewHandler(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<AbsProductEvent> envelope) {
        AbsProductEvent event = envelope.event();
        return session.selectOne("SELECT seq_nr, document FROM " + keyspace + ".abs_product_view WHERE tenant = ? AND product_id = ?",
                        event.tenant(), event.productId())
                .thenCompose(row -> {
                    if (row.isPresent() && row.get().getLong("seq_nr") >= envelope.sequenceNr()) {
                        return CompletableFuture.completedFuture(Done.getInstance());
                    }
                    AbsProductDocument document = row.map(r -> AbsViewJson.read(r.getString("document"), AbsProductDocument.class))
                            .orElseGet(AbsProductDocument::new)
                            .apply(event, envelope.sequenceNr());
                    return report(document, event).thenCompose(done -> save(document));
                });
    }

    private CompletionStage<Done> report(AbsProductDocument document, AbsProductEvent event) {
        if (!(event instanceof AbsProductEvent.ServicerReportRecorded e)) {
            return CompletableFuture.completedFuture(Done.getInstance());
        }
        AbsViews.RegulatorReport report = AbsViews.regulatorReport(document, e.alerts(), e.at());
        return session.executeWrite("INSERT INTO " + keyspace + ".abs_regulator_report"
                        + " (tenant, product_id, period, report_date, report) VALUES (?, ?, ?, ?, ?)",
                e.tenant(), e.productId(), report.period(), report.reportDate(), AbsViewJson.write(report));
    }

    private CompletionStage<Done> save(AbsProductDocument document) {
        return session.executeWrite("INSERT INTO " + keyspace + ".abs_product_view"
                        + " (tenant, product_id, seq_nr, phase, summary, document, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                document.tenant(), document.productId(), document.seqNr(), document.phase().label(),
                AbsViewJson.write(AbsViews.managerRow(document)), AbsViewJson.write(document), document.updatedAt);
    }
}

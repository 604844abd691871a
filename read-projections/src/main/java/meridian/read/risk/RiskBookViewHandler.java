package meridian.read.risk;

import java.util.concurrent.CompletionStage;
import meridian.domain.deal.DealEvent;
import meridian.domain.deal.DealTerms;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Keeps {@code risk_book} (the live book risk revalues) in step with booked deals; an upsert per deal, so replays are harmless. */
public final class RiskBookViewHandler extends Handler<EventEnvelope<DealEvent>> {

    public static final String PROJECTION = "risk-book-view";

    private final CassandraSession session;
    private final String keyspace;

    public RiskBookViewHandler(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<DealEvent> envelope) {
        DealEvent.DealBooked booked = (DealEvent.DealBooked) envelope.event();
        DealTerms terms = booked.terms();
        return session.executeWrite("INSERT INTO " + keyspace + ".risk_book (tenant, deal_id, underlying, counterparty,"
                        + " structure, notional, start_date, expiry_date, product_json, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                booked.tenant(), booked.dealId(), terms.underlying(), terms.counterparty(), terms.structure(),
                terms.notional(), terms.startDate(), terms.expiryDate(), terms.productJson(), booked.at());
    }
}

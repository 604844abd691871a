package meridian.read.deal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.CompletionStage;
import meridian.domain.deal.DealEvent;
import meridian.domain.deal.DealTerms;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Keeps {@code deal_view} and {@code deal_by_counterparty} in step with booked deals (upserts: replays are harmless). */
public final class DealViewHandler extends Handler<EventEnvelope<DealEvent>> {

    public static final String PROJECTION = "deal-view";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CassandraSession session;
    private final String keyspace;

    public DealViewHandler(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<DealEvent> envelope) {
        DealEvent.DealBooked e = (DealEvent.DealBooked) envelope.event();
        DealTerms t = e.terms();
        return session.executeWrite("INSERT INTO " + keyspace + ".deal_view (tenant, deal_id, counterparty, rfq_id, structure,"
                                + " underlying, notional, terms, booked_by, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        e.tenant(), e.dealId(), t.counterparty(), t.rfqId(), t.structure(), t.underlying(), t.notional(),
                        write(t), e.bookedBy(), e.at())
                .thenCompose(d -> session.executeWrite("INSERT INTO " + keyspace + ".deal_by_counterparty (tenant, counterparty,"
                                + " deal_id, notional, booked_at) VALUES (?, ?, ?, ?, ?)",
                        e.tenant(), t.counterparty(), e.dealId(), t.notional(), e.at()));
    }

    private static String write(DealTerms terms) {
        try {
            return JSON.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deal terms always serialise", e);
        }
    }
}

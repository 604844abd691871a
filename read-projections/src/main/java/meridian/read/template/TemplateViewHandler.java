package meridian.read.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.template.lifecycle.StructureTemplateEvent;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionRejected;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionSubmitted;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionValidated;
import meridian.domain.template.lifecycle.TestOutcome;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@code template_version} in step with the template events. Every write is an upsert of the columns the event
 * owns, so replaying events (at-least-once) in their order leaves the same row.
 */
public final class TemplateViewHandler extends Handler<EventEnvelope<StructureTemplateEvent>> {

    public static final String PROJECTION = "template-view";
    static final ObjectMapper RESULTS = new ObjectMapper();

    private final CassandraSession session;
    private final String keyspace;

    public TemplateViewHandler(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<StructureTemplateEvent> envelope) {
        StructureTemplateEvent event = envelope.event();
        if (event instanceof TemplateVersionSubmitted e) {
            return session.executeWrite("INSERT INTO " + keyspace + ".template_version"
                            + " (tenant, name, version, hash, description, definition, status, submitted_by, submitted_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.tenant(), e.name(), e.version(), e.hash(), e.description(), e.definition(), "PENDING", e.by(), e.at());
        }
        if (event instanceof TemplateVersionValidated e) {
            return decided(e, "ACCEPTED", e.results());
        }
        TemplateVersionRejected e = (TemplateVersionRejected) event;
        return decided(e, "REJECTED", e.results());
    }

    private CompletionStage<Done> decided(StructureTemplateEvent e, String status, List<TestOutcome> results) {
        return session.executeWrite("UPDATE " + keyspace + ".template_version SET status = ?, results = ?, decided_by = ?,"
                        + " decided_at = ? WHERE tenant = ? AND name = ? AND version = ?",
                status, json(results), e.by(), e.at(), e.tenant(), e.name(), e.version());
    }

    private static String json(List<TestOutcome> results) {
        try {
            return RESULTS.writeValueAsString(results);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

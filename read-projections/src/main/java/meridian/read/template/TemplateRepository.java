package meridian.read.template;

import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import meridian.domain.template.lifecycle.TestOutcome;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads the template views of one tenant; other tenants' templates are invisible. */
public final class TemplateRepository {

    private static final TypeReference<List<TestOutcome>> OUTCOMES = new TypeReference<>() {
    };

    private final CassandraSession session;
    private final String keyspace;

    public TemplateRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    /** Every version of every template of the tenant, by name then version, without definitions and results. */
    public CompletionStage<List<TemplateVersionView>> all(String tenant) {
        return session.selectAll("SELECT tenant, name, version, hash, description, status, submitted_by, submitted_at,"
                        + " decided_by, decided_at FROM " + keyspace + ".template_version WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(row -> view(row, false)).toList());
    }

    public CompletionStage<Optional<TemplateVersionView>> version(String tenant, String name, int version) {
        return session.selectOne("SELECT * FROM " + keyspace + ".template_version WHERE tenant = ? AND name = ? AND version = ?",
                        tenant, name, version)
                .thenApply(row -> row.map(r -> view(r, true)));
    }

    private static TemplateVersionView view(Row row, boolean full) {
        try {
            String results = full ? row.getString("results") : null;
            String definition = full ? row.getString("definition") : null;
            return new TemplateVersionView(row.getString("name"), row.getInt("version"), row.getString("hash"),
                    row.getString("description"), row.getString("status"), row.getString("submitted_by"),
                    row.getInstant("submitted_at"), row.getString("decided_by"), row.getInstant("decided_at"),
                    definition == null ? null : TemplateViewHandler.RESULTS.readTree(definition),
                    !full ? null : results == null ? List.of() : TemplateViewHandler.RESULTS.readValue(results, OUTCOMES));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

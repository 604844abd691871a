package meridian.read.security;

import meridian.domain.security.Security;
import meridian.domain.security.SecurityEvent;
import meridian.domain.security.SecurityEvent.SecurityAmended;
import meridian.domain.security.SecurityEvent.SecurityDelisted;
import meridian.domain.security.SecurityEvent.SecurityListed;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Keeps {@code security_by_code} and {@code security_by_key} in step with the events. Every write is an upsert or delete. */
public final class SecurityViewHandler extends Handler<EventEnvelope<SecurityEvent>> {

    public static final String PROJECTION = "security-view";

    private final CassandraSession session;
    private final String keyspace;

    public SecurityViewHandler(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<SecurityEvent> envelope) {
        SecurityEvent event = envelope.event();
        if (event instanceof SecurityListed e) {
            return upsert(e.tenant(), e.security(), "LISTED", e)
                    .thenCompose(d -> writeKeys(e.tenant(), Set.of(), e.security()));
        }
        if (event instanceof SecurityAmended e) {
            return upsert(e.tenant(), e.after(), "LISTED", e)
                    .thenCompose(d -> writeKeys(e.tenant(), new HashSet<>(e.before().lookupKeys()), e.after()));
        }
        SecurityDelisted e = (SecurityDelisted) event;
        return upsert(e.tenant(), e.security(), "DELISTED", e)
                .thenCompose(d -> deleteKeys(e.tenant(), e.security().code(), e.security().lookupKeys()));
    }

    private CompletionStage<Done> upsert(String tenant, Security s, String status, SecurityEvent e) {
        return session.executeWrite(
                "INSERT INTO " + keyspace + ".security_by_code (tenant, code, name, type, aliases, status, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tenant, s.code(), s.name(), s.type().name(), s.aliases(), status, e.by(), e.at());
    }

    private CompletionStage<Done> writeKeys(String tenant, Set<String> previousKeys, Security s) {
        List<String> stale = new ArrayList<>(previousKeys);
        stale.removeAll(s.lookupKeys());
        return deleteKeys(tenant, s.code(), stale).thenCompose(d -> all(s.lookupKeys().stream()
                .map(key -> session.executeWrite(
                        "INSERT INTO " + keyspace + ".security_by_key (tenant, lookup_key, code) VALUES (?, ?, ?)",
                        tenant, key, s.code()))
                .toList()));
    }

    private CompletionStage<Done> deleteKeys(String tenant, String code, List<String> keys) {
        return all(keys.stream()
                .map(key -> session.executeWrite(
                        "DELETE FROM " + keyspace + ".security_by_key WHERE tenant = ? AND lookup_key = ? AND code = ?",
                        tenant, key, code))
                .toList());
    }

    private static CompletionStage<Done> all(List<CompletionStage<Done>> writes) {
        return CompletableFuture.allOf(writes.stream().map(CompletionStage::toCompletableFuture).toArray(CompletableFuture[]::new))
                .thenApply(v -> Done.getInstance());
    }
}

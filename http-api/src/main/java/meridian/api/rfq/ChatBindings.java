package meridian.api.rfq;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * Which client institution (KYC case) trades through which chat group: configured ({@code meridian.rfq.bindings}) or
 * registered by SALES over HTTP. A configured binding wins.
 */
public final class ChatBindings {

    private final Map<String, String> configured;
    private final CassandraSession session;
    private final String keyspace;
    /** Bindings found, kept briefly (every RFQ reads its group's); a rebinding on another node shows within the TTL. */
    private final BriefCache<String, Optional<String>> bound = new BriefCache<>(Duration.ofSeconds(10), Optional::isPresent);

    public ChatBindings(Map<String, String> configured, CassandraSession session, String keyspace) {
        this.configured = configured;
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Optional<String>> caseFor(String tenant, String groupId) {
        String fixed = configured.get(groupId);
        if (fixed != null) {
            return CompletableFuture.completedFuture(Optional.of(fixed));
        }
        return bound.get(tenant + "\n" + groupId, key -> session.selectOne("SELECT kyc_case_id FROM " + keyspace + ".rfq_chat_binding WHERE tenant = ? AND group_id = ?",
                tenant, groupId).thenApply(row -> row.map(r -> r.getString("kyc_case_id"))));
    }

    public CompletionStage<Done> bind(String tenant, String groupId, String caseId, String by, Instant at) {
        bound.invalidate(tenant + "\n" + groupId);
        return session.executeWrite("INSERT INTO " + keyspace + ".rfq_chat_binding (tenant, group_id, kyc_case_id, bound_by, bound_at)"
                + " VALUES (?, ?, ?, ?, ?)", tenant, groupId, caseId, by, at).thenApply(done -> {
                    bound.invalidate(tenant + "\n" + groupId);
                    return done;
                });
    }

    public CompletionStage<Map<String, String>> all(String tenant) {
        return session.selectAll("SELECT group_id, kyc_case_id FROM " + keyspace + ".rfq_chat_binding WHERE tenant = ?", tenant)
                .thenApply(rows -> {
                    Map<String, String> all = new LinkedHashMap<>();
                    rows.forEach(r -> all.put(r.getString("group_id"), r.getString("kyc_case_id")));
                    all.putAll(configured);
                    return all;
                });
    }
}

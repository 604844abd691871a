package meridian.read.security;

import com.datastax.oss.driver.api.core.cql.Row;
import meridian.domain.common.Tenants;
import meridian.domain.common.LookupKey;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads the security views. A tenant sees its own entries and the shared master; its own entry wins
 * where both have the same code. Other tenants' entries are invisible.
 */
public final class SecurityRepository {

    private final CassandraSession session;
    private final String keyspace;

    public SecurityRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Optional<SecurityView>> byCode(String tenant, String code) {
        return one(tenant, code).thenCompose(own -> own.isPresent() || tenant.equals(Tenants.SHARED)
                ? CompletableFuture.completedFuture(own)
                : one(Tenants.SHARED, code));
    }

    public CompletionStage<List<SecurityView>> all(String tenant) {
        CompletionStage<List<SecurityView>> ownEntries = tenant.equals(Tenants.SHARED)
                ? CompletableFuture.completedFuture(List.of()) : partition(tenant);
        return partition(Tenants.SHARED).thenCombine(ownEntries, (shared, own) -> {
            Map<String, SecurityView> byCode = new LinkedHashMap<>();
            shared.forEach(v -> byCode.put(v.code(), v));
            own.forEach(v -> byCode.put(v.code(), v));
            return byCode.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        });
    }

    /** Name, alias or code (with or without exchange suffix), full-width and case folded; listed entries only. */
    public CompletionStage<List<SecurityView>> lookup(String tenant, String text) {
        String key = LookupKey.of(text);
        return codesFor(Tenants.SHARED, key).thenCombine(codesFor(tenant, key), (shared, own) -> {
            var codes = new java.util.LinkedHashSet<>(own);
            codes.addAll(shared);
            return List.copyOf(codes);
        }).thenCompose(codes -> {
            List<CompletableFuture<Optional<SecurityView>>> views = codes.stream()
                    .map(code -> byCode(tenant, code).toCompletableFuture()).toList();
            return CompletableFuture.allOf(views.toArray(CompletableFuture[]::new)).thenApply(v -> views.stream()
                    .map(CompletableFuture::join).flatMap(Optional::stream)
                    .filter(view -> view.status().equals("LISTED")).toList());
        });
    }

    private CompletionStage<List<String>> codesFor(String tenant, String key) {
        return session.selectAll("SELECT code FROM " + keyspace + ".security_by_key WHERE tenant = ? AND lookup_key = ?", tenant, key)
                .thenApply(rows -> rows.stream().map(r -> r.getString("code")).toList());
    }

    private CompletionStage<Optional<SecurityView>> one(String tenant, String code) {
        return session.selectOne("SELECT * FROM " + keyspace + ".security_by_code WHERE tenant = ? AND code = ?", tenant, code)
                .thenApply(row -> row.map(SecurityRepository::toView));
    }

    private CompletionStage<List<SecurityView>> partition(String tenant) {
        return session.selectAll("SELECT * FROM " + keyspace + ".security_by_code WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(SecurityRepository::toView).toList());
    }

    private static SecurityView toView(Row row) {
        return new SecurityView(row.getString("tenant"), row.getString("code"), row.getString("name"),
                row.getString("type"), row.getList("aliases", String.class), row.getString("status"),
                row.getString("updated_by"), row.getInstant("updated_at"));
    }
}

package meridian.write.kyc;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import meridian.domain.kyc.privacy.CaseKeyStore;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * Per-case keys in Cassandra ({@code kyc_case_key}), each wrapped with its tenant's key-encryption key ({@link KeyWrap}),
 * so that every node reads the key of a case that sharding moved to it. Destroying a key deletes its row; a row read
 * back afterwards from a Cassandra snapshot or backup still needs the key-encryption key to open, which is why that key
 * lives outside Cassandra. The entity calls this synchronously (a case touches its key a few times in its life), so
 * each call waits at most {@code timeout}.
 */
public final class CassandraCaseKeyStore implements CaseKeyStore {

    private final CassandraSession session;
    private final String table;
    private final KeyWrap wrap;
    private final SecureRandom random;
    private final Duration timeout;

    public CassandraCaseKeyStore(CassandraSession session, String keyspace, TenantKeys tenantKeys, SecureRandom random,
            Duration timeout) {
        this.session = session;
        this.table = keyspace + ".kyc_case_key";
        this.wrap = new KeyWrap(tenantKeys, random);
        this.random = random;
        this.timeout = timeout;
    }

    /** A lightweight transaction: two nodes creating the key of one case at once end up with the same (the first) key. */
    @Override
    public byte[] getOrCreate(String keyId) {
        Optional<byte[]> existing = find(keyId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        String wrapped = wrap.wrap(keyId, key);
        await(session.executeWrite("INSERT INTO " + table + " (key_id, tenant, wrapped_key) VALUES (?, ?, ?) IF NOT EXISTS",
                keyId, KeyWrap.tenantOf(keyId), wrapped), keyId);
        return find(keyId).orElseThrow(() -> new IllegalStateException("the key of KYC case " + keyId
                + " vanished as it was created"));
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return await(session.selectOne("SELECT wrapped_key FROM " + table + " WHERE key_id = ?", keyId), keyId)
                .map(row -> wrap.unwrap(keyId, row.getString("wrapped_key")));
    }

    @Override
    public void destroy(String keyId) {
        await(session.executeWrite("DELETE FROM " + table + " WHERE key_id = ?", keyId), keyId);
    }

    private <T> T await(CompletionStage<T> stage, String keyId) {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the key of KYC case " + keyId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the key store did not answer for KYC case " + keyId, e);
        }
    }
}

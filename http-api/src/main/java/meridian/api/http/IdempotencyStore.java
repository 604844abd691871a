package meridian.api.http;

import com.datastax.oss.driver.api.core.cql.Row;
import org.apache.pekko.Done;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Remembers the answer to each POST carrying an {@code Idempotency-Key}, per tenant, in Cassandra (7 days),
 * so that a retry, even after a restart, gets the first answer and causes no second effect.
 * A key is claimed with a lightweight transaction before the command runs.
 */
public final class IdempotencyStore {

    public sealed interface Claim {
    }

    /** The key is new and now ours: run the command. */
    public record Claimed() implements Claim {
    }

    /** The key was used before for the same request: answer with the stored response. */
    public record Replay(int status, String body) implements Claim {
    }

    /** The first request with this key is still running. */
    public record InProgress() implements Claim {
    }

    /** The key was used before for a different request. */
    public record Reused() implements Claim {
    }

    private final CassandraSession session;
    private final String keyspace;

    public IdempotencyStore(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Claim> claim(String tenant, String key, String requestHash) {
        return session.selectOne("INSERT INTO " + keyspace + ".idempotency (tenant, idempotency_key, request_hash, completed, created_at)"
                        + " VALUES (?, ?, ?, false, ?) IF NOT EXISTS", tenant, key, requestHash, Instant.now())
                .thenApply(row -> row.map(r -> decide(r, requestHash)).orElseGet(Claimed::new));
    }

    private static Claim decide(Row row, String requestHash) {
        if (row.getBoolean("[applied]")) {
            return new Claimed();
        }
        if (!requestHash.equals(row.getString("request_hash"))) {
            return new Reused();
        }
        if (!row.getBoolean("completed")) {
            return new InProgress();
        }
        ByteBuffer body = row.getByteBuffer("body");
        return new Replay(row.getInt("status"), body == null ? "" : StandardCharsets.UTF_8.decode(body).toString());
    }

    public CompletionStage<Done> complete(String tenant, String key, int status, String body) {
        return session.executeWrite("UPDATE " + keyspace + ".idempotency SET status = ?, body = ?, completed = true"
                        + " WHERE tenant = ? AND idempotency_key = ?",
                status, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), tenant, key);
    }

    /** After a failure worth retrying (5xx), the key is released so that the retry runs the command. */
    public CompletionStage<Done> release(String tenant, String key) {
        return session.executeWrite("DELETE FROM " + keyspace + ".idempotency WHERE tenant = ? AND idempotency_key = ?", tenant, key);
    }
}

package meridian.api.kyc;

import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * Uploaded onboarding documents in Cassandra ({@code kyc_document}), per case and SHA-256, in chunks of 256 KiB so
 * that no cell is large. Storing the same file again rewrites the same rows; a document is readable only when every
 * chunk is there.
 */
public final class KycDocumentStore {

    static final int CHUNK = 256 * 1024;

    /** A stored file. */
    public record StoredDocument(String contentType, byte[] content) {
    }

    private final CassandraSession session;
    private final String keyspace;

    public KycDocumentStore(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Done> put(String tenant, String caseId, String sha256, String contentType, byte[] content) {
        int chunks = (content.length + CHUNK - 1) / CHUNK;
        List<CompletableFuture<Done>> writes = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            ByteBuffer data = ByteBuffer.wrap(Arrays.copyOfRange(content, i * CHUNK, Math.min(content.length, (i + 1) * CHUNK)));
            writes.add(session.executeWrite("INSERT INTO " + keyspace + ".kyc_document (tenant, case_id, sha256, chunk, data)"
                    + " VALUES (?, ?, ?, ?, ?)", tenant, caseId, sha256, i, data).toCompletableFuture());
        }
        // The static columns, written last, mark the document complete.
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).thenCompose(v -> session.executeWrite(
                "INSERT INTO " + keyspace + ".kyc_document (tenant, case_id, sha256, content_type, size_bytes, chunks)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", tenant, caseId, sha256, contentType, (long) content.length, chunks));
    }

    public CompletionStage<Optional<StoredDocument>> get(String tenant, String caseId, String sha256) {
        return session.selectAll("SELECT chunk, data, content_type, size_bytes, chunks FROM " + keyspace + ".kyc_document"
                + " WHERE tenant = ? AND case_id = ? AND sha256 = ?", tenant, caseId, sha256).thenApply(rows -> {
                    if (rows.isEmpty() || rows.get(0).isNull("chunks") || rows.get(0).getInt("chunks") != rows.size()) {
                        return Optional.empty();
                    }
                    Row first = rows.get(0);
                    byte[] content = new byte[(int) first.getLong("size_bytes")];
                    int at = 0;
                    for (Row row : rows) {
                        ByteBuffer data = row.getByteBuffer("data");
                        int length = data.remaining();
                        data.get(content, at, length);
                        at += length;
                    }
                    return Optional.of(new StoredDocument(first.getString("content_type"), content));
                });
    }
}

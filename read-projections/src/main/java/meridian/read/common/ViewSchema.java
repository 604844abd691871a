package meridian.read.common;

import org.apache.pekko.Done;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The view tables' CQL, one script shared by start-up (development) and operators (production). */
public final class ViewSchema {

    public static final String RESOURCE = "/meridian/read/views.cql";

    private ViewSchema() {
    }

    public static List<String> statements(String keyspace, int replicationFactor) {
        if (!keyspace.matches("[a-z][a-z0-9_]{0,47}")) {
            throw new IllegalArgumentException("keyspace must be lower-case letters, digits and _, was " + keyspace);
        }
        String script = read().replaceAll("(?m)^--.*$", "")
                .replace("${keyspace}", keyspace)
                .replace("${replication}", Integer.toString(replicationFactor));
        return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Runs statements one after the other (schema changes must not race). */
    public static CompletionStage<Done> execute(CassandraSession session, List<String> statements) {
        CompletionStage<Done> chain = CompletableFuture.completedFuture(Done.getInstance());
        for (String statement : statements) {
            chain = chain.thenCompose(done -> session.executeDDL(statement));
        }
        return chain;
    }

    private static String read() {
        try (InputStream in = ViewSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

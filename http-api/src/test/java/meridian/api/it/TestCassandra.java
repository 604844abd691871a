package meridian.api.it;

import meridian.deploy.cassandra.CassandraSettings;
import meridian.deploy.cassandra.EmbeddedCassandra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one real Cassandra of an integration-test run, started with the same launcher as {@code bin/meridian run}
 * on ports of its own (so a running development Meridian does not matter) and stopped when the JVM exits.
 * Each test class isolates itself with its own keyspace prefix.
 */
public final class TestCassandra {

    /** MERIDIAN_IT_PORT_OFFSET shifts every port, so that several checkouts can run their tests at once. */
    private static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("MERIDIAN_IT_PORT_OFFSET", "0"));
    public static final int CQL_PORT = 19042 + OFFSET;
    private static EmbeddedCassandra instance;

    private TestCassandra() {
    }

    public static synchronized String contactPoint() {
        if (instance == null || !instance.isRunning()) {
            instance = new EmbeddedCassandra(settings(), line -> System.err.println("[test-cassandra] " + line));
            instance.start(Duration.ofSeconds(180));
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return "127.0.0.1:" + CQL_PORT;
    }

    /** Stops the node (data kept), as an outage. */
    public static synchronized void stop() {
        instance.close();
    }

    static Path itDir() {
        return Path.of(System.getProperty("meridian.it.dir", "target/it")).toAbsolutePath();
    }

    private static CassandraSettings settings() {
        Path data = itDir().resolve("cassandra");
        if (instance == null) {
            deleteRecursively(data);
        }
        return new CassandraSettings(data,
                Path.of(System.getProperty("meridian.cassandra.lib", "../deploy/target/cassandra-lib")).toAbsolutePath(),
                "127.0.0.1", CQL_PORT, 17000 + OFFSET, 17199 + OFFSET, "256M", "1G");
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir, e);
        }
    }
}

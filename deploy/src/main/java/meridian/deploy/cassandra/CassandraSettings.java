package meridian.deploy.cassandra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how the embedded single-node Cassandra runs. Read from {@code MERIDIAN_CASSANDRA_*}
 * environment variables; every value has a development default.
 */
public record CassandraSettings(
        Path dataDir,
        Path libDir,
        String host,
        int cqlPort,
        int storagePort,
        int jmxPort,
        String heapInitial,
        String heapMax) {

    public CassandraSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(libDir, "libDir");
        Objects.requireNonNull(host, "host");
        requirePort(cqlPort, "cqlPort");
        requirePort(storagePort, "storagePort");
        requirePort(jmxPort, "jmxPort");
    }

    public static CassandraSettings fromEnvironment(Map<String, String> env, Path defaultDataDir, Path defaultLibDir) {
        return new CassandraSettings(
                Path.of(env.getOrDefault("MERIDIAN_CASSANDRA_DATA_DIR", defaultDataDir.toString())).toAbsolutePath(),
                Path.of(env.getOrDefault("MERIDIAN_CASSANDRA_LIB", defaultLibDir.toString())).toAbsolutePath(),
                "127.0.0.1",
                Integer.parseInt(env.getOrDefault("MERIDIAN_CASSANDRA_PORT", "9042")),
                Integer.parseInt(env.getOrDefault("MERIDIAN_CASSANDRA_STORAGE_PORT", "7000")),
                Integer.parseInt(env.getOrDefault("MERIDIAN_CASSANDRA_JMX_PORT", "7199")),
                env.getOrDefault("MERIDIAN_CASSANDRA_HEAP_MIN", "256M"),
                env.getOrDefault("MERIDIAN_CASSANDRA_HEAP", "1G"));
    }

    public Path configDir() {
        return dataDir.resolve("conf");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path pidFile() {
        return dataDir.resolve("cassandra.pid");
    }

    public Path jammJar() {
        try (var files = Files.list(libDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("jamm-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jamm jar in " + libDir
                            + ": build the project first (mvn -B -DskipTests package)"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cassandra libraries not found in " + libDir
                    + ": build the project first (mvn -B -DskipTests package)", e);
        }
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a TCP port, was " + port);
        }
    }
}

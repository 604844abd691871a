package meridian.deploy.cassandra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A single-node Cassandra 5.0 in its own child JVM, for development and tests.
 * It runs in its own session (setsid) so that Ctrl-C in a terminal reaches Meridian only,
 * and Meridian stops it after its own shutdown.
 */
public final class EmbeddedCassandra implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final CassandraSettings settings;
    private final Consumer<String> progress;
    private Process process;

    public EmbeddedCassandra(CassandraSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public CassandraSettings settings() {
        return settings;
    }

    /** Starts the node and returns once CQL answers; throws {@link CassandraStartException} otherwise. */
    public EmbeddedCassandra start(Duration timeout) {
        try {
            stopOrphanFromEarlierRun();
            if (CqlPort.isOpen(settings.host(), settings.cqlPort())) {
                throw new CassandraStartException("port " + settings.cqlPort() + " is already in use by another program;"
                        + " set MERIDIAN_CASSANDRA_PORT to a free port or MERIDIAN_CASSANDRA_CONTACT_POINTS to use that cluster");
            }
            Files.createDirectories(settings.logDir());
            Path yaml = CassandraConfigFiles.writeYaml(settings);
            Path logback = CassandraConfigFiles.writeLogback(settings);
            List<String> command = CassandraCommandLine.build(settings, yaml, logback);
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add(0, "/usr/bin/setsid");
            }
            progress.accept("starting Cassandra 5.0 (data in " + settings.dataDir() + ", CQL port " + settings.cqlPort() + ")");
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logDir().resolve("stdout.log").toFile()))
                    .start();
            Files.writeString(settings.pidFile(), Long.toString(process.pid()));
            awaitCql(timeout);
            return this;
        } catch (IOException e) {
            throw new CassandraStartException("could not start Cassandra: " + e.getMessage(), e);
        }
    }

    private void awaitCql(Duration timeout) {
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        long lastReport = 0;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new CassandraStartException("Cassandra exited with code " + process.exitValue()
                        + " while starting; see " + settings.logDir().resolve("system.log")
                        + " and " + settings.logDir().resolve("stdout.log"));
            }
            if (CqlPort.isOpen(settings.host(), settings.cqlPort())) {
                progress.accept("Cassandra answers on " + settings.host() + ":" + settings.cqlPort()
                        + " after " + Duration.between(started, Instant.now()).toMillis() + " ms");
                return;
            }
            long waited = Duration.between(started, Instant.now()).toSeconds();
            if (waited >= lastReport + 5) {
                lastReport = waited;
                progress.accept("waiting for Cassandra (" + waited + " s)");
            }
            sleep(200);
        }
        close();
        throw new CassandraStartException("Cassandra did not answer on port " + settings.cqlPort() + " within "
                + timeout.toSeconds() + " s; see " + settings.logDir().resolve("system.log"));
    }

    /** A Cassandra left behind by a Meridian that was killed holds our data directory: stop it first. */
    private void stopOrphanFromEarlierRun() throws IOException {
        if (!Files.exists(settings.pidFile())) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(Files.readString(settings.pidFile()).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("CassandraDaemon")).orElse(false));
        if (orphan.isPresent()) {
            progress.accept("stopping Cassandra left running by an earlier Meridian (pid " + orphan.get().pid() + ")");
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(settings.pidFile());
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM (Cassandra drains and exits in seconds), SIGKILL if it does not. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        progress.accept("stopping Cassandra");
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(settings.pidFile());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            progress.accept("could not remove " + settings.pidFile() + ": " + e.getMessage());
        }
        progress.accept("Cassandra stopped");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CassandraStartException("interrupted while waiting for Cassandra");
        }
    }
}

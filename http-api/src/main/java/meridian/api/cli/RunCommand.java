package meridian.api.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import meridian.api.auth.JwtKeys;
import meridian.api.node.MeridianConfig;
import meridian.api.node.MeridianNode;
import meridian.deploy.cassandra.CassandraSettings;
import meridian.deploy.cassandra.CassandraStartException;
import meridian.deploy.cassandra.CqlPort;
import meridian.deploy.cassandra.EmbeddedCassandra;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * {@code meridian run}: an embedded Cassandra unless MERIDIAN_CASSANDRA_CONTACT_POINTS names a cluster, then one
 * node with every role. Stops both on SIGTERM or Ctrl-C, Meridian first.
 */
public final class RunCommand {

    private static final Logger LOG = LoggerFactory.getLogger("meridian");

    private RunCommand() {
    }

    /** 1 when bin/meridian chose the quick JIT alone (two cores or fewer), 4 with C2. */
    private static String highestJitTier() {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("TieredStopAtLevel").getValue();
    }

    public static int run(Map<String, String> env) throws Exception {
        long started = System.nanoTime();
        Config base = ConfigFactory.load();
        Path dataDir = Path.of(base.getString("meridian.data-dir")).toAbsolutePath();
        LOG.info("Meridian starting (data directory {}, {} common-pool threads, JIT tiers up to {})", dataDir,
                ForkJoinPool.getCommonPoolParallelism(), highestJitTier());

        Optional<EmbeddedCassandra> cassandra = Optional.empty();
        List<String> contactPoints;
        String external = env.get("MERIDIAN_CASSANDRA_CONTACT_POINTS");
        if (external == null || external.isBlank()) {
            CassandraSettings settings = CassandraSettings.fromEnvironment(env, dataDir.resolve("cassandra"),
                    Path.of(System.getProperty("meridian.cassandra.lib", "deploy/target/cassandra-lib")));
            try {
                cassandra = Optional.of(new EmbeddedCassandra(settings, LOG::info).start(Duration.ofSeconds(120)));
            } catch (CassandraStartException e) {
                LOG.error("cannot start Cassandra: {}", e.getMessage());
                return 2;
            }
            contactPoints = List.of(settings.host() + ":" + settings.cqlPort());
        } else {
            contactPoints = MeridianConfig.contactPoints(external);
            if (contactPoints.stream().noneMatch(RunCommand::reachable)) {
                LOG.error("Cassandra is not reachable at {} (MERIDIAN_CASSANDRA_CONTACT_POINTS)", contactPoints);
                return 2;
            }
        }

        Config config = MeridianConfig.load(env, contactPoints, ConfigFactory.empty());
        JwtKeys keys = jwtKeys(config, dataDir);
        MeridianNode node;
        try {
            node = MeridianNode.start(config, keys);
        } catch (Exception e) {
            LOG.error("Meridian could not start: {}", e.toString());
            cassandra.ifPresent(EmbeddedCassandra::close);
            return 1;
        }
        Optional<EmbeddedCassandra> ownCassandra = cassandra;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Meridian stopping");
            node.close();
            ownCassandra.ifPresent(EmbeddedCassandra::close);
        }, "meridian-shutdown"));
        LOG.info("Meridian ready in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        node.system().getWhenTerminated().toCompletableFuture().join();
        // Terminated without a signal (e.g. downed by the split-brain resolver): stop our Cassandra too.
        ownCassandra.ifPresent(EmbeddedCassandra::close);
        return 0;
    }

    static JwtKeys jwtKeys(Config config, Path dataDir) {
        String publicKey = config.getString("meridian.jwt.public-key");
        return publicKey.isBlank() ? JwtKeys.loadOrCreate(dataDir.resolve("keys")) : JwtKeys.publicOnly(Path.of(publicKey));
    }

    private static boolean reachable(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return CqlPort.isOpen(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }
}

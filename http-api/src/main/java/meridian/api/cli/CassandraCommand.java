package meridian.api.cli;

import com.typesafe.config.ConfigFactory;
import meridian.deploy.cassandra.CassandraSettings;
import meridian.deploy.cassandra.CassandraStartException;
import meridian.deploy.cassandra.EmbeddedCassandra;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** {@code meridian cassandra}: only the embedded Cassandra, for several Meridian nodes to share (deploy/local-cluster.sh). */
public final class CassandraCommand {

    private static final Logger LOG = LoggerFactory.getLogger("meridian");

    private CassandraCommand() {
    }

    public static int run(Map<String, String> env) throws InterruptedException {
        Path dataDir = Path.of(ConfigFactory.load().getString("meridian.data-dir")).toAbsolutePath();
        CassandraSettings settings = CassandraSettings.fromEnvironment(env, dataDir.resolve("cassandra"),
                Path.of(System.getProperty("meridian.cassandra.lib", "deploy/target/cassandra-lib")));
        EmbeddedCassandra cassandra = new EmbeddedCassandra(settings, LOG::info);
        try {
            cassandra.start(Duration.ofSeconds(120));
        } catch (CassandraStartException e) {
            LOG.error("cannot start Cassandra: {}", e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cassandra::close, "cassandra-shutdown"));
        LOG.info("Cassandra running; stop it with Ctrl-C or SIGTERM");
        while (cassandra.isRunning()) {
            Thread.sleep(1000);
        }
        return 0;
    }
}

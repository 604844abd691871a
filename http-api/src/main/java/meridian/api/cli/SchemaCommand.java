package meridian.api.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import meridian.api.node.CassandraSchema;
import meridian.api.node.MeridianConfig;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code meridian schema}: prints the CQL that creates every keyspace and table, for production operators. */
public final class SchemaCommand {

    private SchemaCommand() {
    }

    public static int run(Map<String, String> env, PrintStream out) {
        out.print(script(env));
        return 0;
    }

    public static String script(Map<String, String> env) {
        Config local = ConfigFactory.parseMap(Map.of("pekko.actor.provider", "local", "pekko.loglevel", "WARNING"));
        Config config = MeridianConfig.load(env, List.of("127.0.0.1:9042"), local);
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "MeridianSchema", config);
        try {
            return CassandraSchema.script(CassandraSchema.statements(system, config));
        } finally {
            system.terminate();
        }
    }
}

package meridian.api.node;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds the node's configuration: application.conf plus what is derived from the environment (contact points,
 * seed nodes, roles) and the keyspaces named from one prefix, so that a test can isolate itself with one setting.
 */
public final class MeridianConfig {

    public static final List<String> ALL_ROLES = List.of("write", "read", "pricing", "api");

    private MeridianConfig() {
    }

    public static Config load(Map<String, String> env, List<String> contactPoints, Config overrides) {
        Config base = overrides.withFallback(ConfigFactory.load());
        String prefix = base.getString("meridian.cassandra.keyspace-prefix");
        Config derived = ConfigFactory.empty()
                .withValue("datastax-java-driver.basic.contact-points", ConfigValueFactory.fromIterable(contactPoints))
                .withValue("pekko.persistence.cassandra.journal.keyspace", ConfigValueFactory.fromAnyRef(prefix + "_journal"))
                .withValue("pekko.persistence.cassandra.snapshot.keyspace", ConfigValueFactory.fromAnyRef(prefix + "_snapshot"))
                .withValue("pekko.projection.cassandra.offset-store.keyspace", ConfigValueFactory.fromAnyRef(prefix + "_projection"))
                .withValue("meridian.views.keyspace", ConfigValueFactory.fromAnyRef(prefix + "_views"))
                .withValue("pekko.cluster.roles", ConfigValueFactory.fromIterable(list(env.get("MERIDIAN_ROLES"), ALL_ROLES)))
                .withValue("pekko.cluster.seed-nodes", ConfigValueFactory.fromIterable(list(env.get("MERIDIAN_SEED_NODES"), List.of())));
        return overrides.withFallback(derived).withFallback(base).resolve();
    }

    public static List<String> contactPoints(String commaSeparated) {
        return list(commaSeparated, List.of()).stream().map(p -> p.contains(":") ? p : p + ":9042").toList();
    }

    private static List<String> list(String commaSeparated, List<String> fallback) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return fallback;
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

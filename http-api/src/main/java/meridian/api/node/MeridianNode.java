package meridian.api.node;

import com.typesafe.config.Config;
import meridian.api.ApiRoutes;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.IdempotencyStore;
import meridian.api.ops.OpsRoutes;
import meridian.api.ops.Readiness;
import meridian.api.security.SecurityRoutes;
import meridian.read.common.TaggedProjections;
import meridian.read.common.ViewSchema;
import meridian.read.security.SecurityRepository;
import meridian.read.security.SecurityViewHandler;
import meridian.write.security.SecurityEntity;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One Meridian node: the actor system with the roles it was given, its entities, projections and HTTP API. */
public final class MeridianNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeridianNode.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ActorSystem<Void> system;
    private final ServerBinding binding;

    private MeridianNode(ActorSystem<Void> system, ServerBinding binding) {
        this.system = system;
        this.binding = binding;
    }

    public static MeridianNode start(Config config, JwtKeys keys) throws Exception {
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "Meridian", config);
        try {
            return wire(system, config, keys);
        } catch (Exception | Error e) {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static MeridianNode wire(ActorSystem<Void> system, Config config, JwtKeys keys) throws Exception {
        Cluster cluster = Cluster.get(system);
        if (config.getStringList("pekko.cluster.seed-nodes").isEmpty()) {
            cluster.manager().tell(Join.create(cluster.selfMember().address()));
        }
        List<String> roles = config.getStringList("pekko.cluster.roles");
        String viewsKeyspace = config.getString("meridian.views.keyspace");
        CassandraSession session = CassandraSessionRegistry.get(system).sessionFor("pekko.projection.cassandra.session-config");
        if (config.getBoolean("meridian.cassandra.create-schema")) {
            LOG.info("creating keyspaces and tables where missing");
            ViewSchema.execute(session, CassandraSchema.statements(system, config))
                    .toCompletableFuture().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        Clock clock = Clock.systemUTC();
        SecurityEntity.init(system, clock);
        if (roles.contains("read")) {
            TaggedProjections.start(system, SecurityViewHandler.PROJECTION, SecurityEntity.TAGS.all(),
                    () -> new SecurityViewHandler(session, viewsKeyspace));
        }
        ServerBinding binding = null;
        if (roles.contains("api")) {
            binding = bindHttp(system, config, keys, session, viewsKeyspace);
        }
        if (roles.contains("write") && config.getBoolean("meridian.seed-security-master")) {
            SecuritySeeder.seed(system, Duration.ofSeconds(30)).exceptionally(e -> {
                LOG.warn("seeding the security master failed; it is retried at the next start: {}", e.toString());
                return 0;
            });
        }
        return new MeridianNode(system, binding);
    }

    private static ServerBinding bindHttp(ActorSystem<Void> system, Config config, JwtKeys keys,
                                          CassandraSession session, String viewsKeyspace) throws Exception {
        TokenVerifier verifier = new TokenVerifier(keys.publicKey(), Clock.systemUTC());
        IdempotencyStore idempotency = new IdempotencyStore(session, viewsKeyspace);
        Duration askTimeout = config.getDuration("meridian.ask-timeout");
        var securities = new SecurityRoutes(system, verifier, idempotency,
                new SecurityRepository(session, viewsKeyspace), askTimeout, config.getString("meridian.platform-tenant"));
        var ops = new OpsRoutes(verifier, idempotency, new Readiness(system, session));
        var api = new ApiRoutes(List.of(ops.routes(), securities.routes()));
        String host = config.getString("meridian.http.host");
        int port = config.getInt("meridian.http.port");
        ServerBinding binding = Http.get(system).newServerAt(host, port).bind(api.route())
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.info("HTTP API on http://{}:{}", host, binding.localAddress().getPort());
        return binding;
    }

    public ActorSystem<Void> system() {
        return system;
    }

    public int httpPort() {
        return binding.localAddress().getPort();
    }

    /** Leaves the cluster (shards hand over), unbinds HTTP and stops the actor system. */
    @Override
    public void close() {
        try {
            CoordinatedShutdown.get(system).runAll(CoordinatedShutdown.jvmExitReason())
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("shutdown did not finish cleanly: {}", e.toString());
        }
    }
}

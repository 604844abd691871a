package meridian.api.node;

import com.typesafe.config.Config;
import meridian.api.ApiRoutes;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.ApiModule;
import meridian.api.http.Endpoint;
import meridian.api.http.IdempotencyStore;
import meridian.api.ops.ClusterStatus;
import meridian.api.ops.OpsRoutes;
import meridian.api.ops.Readiness;
import meridian.read.common.ViewSchema;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.management.cluster.bootstrap.ClusterBootstrap;
import org.apache.pekko.management.javadsl.PekkoManagement;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One Meridian node: the actor system with the roles it was given, its entities, projections and HTTP API. */
public final class MeridianNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeridianNode.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final ActorSystem<Void> system;
    private final ServerBinding binding;
    private final List<Endpoint> endpoints;

    private MeridianNode(ActorSystem<Void> system, ServerBinding binding, List<Endpoint> endpoints) {
        this.system = system;
        this.binding = binding;
        this.endpoints = endpoints;
    }

    /** The routes this node serves (empty without the api role). */
    public List<Endpoint> endpoints() {
        return endpoints;
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
        if (!config.getString("meridian.discovery").isBlank()) {
            PekkoManagement.get(system).start();
            ClusterBootstrap.get(system).start();
        } else if (config.getStringList("pekko.cluster.seed-nodes").isEmpty()) {
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
        TokenVerifier verifier = new TokenVerifier(keys.publicKey(), Clock.systemUTC());
        NodeContext context = new NodeContext(system, config, session, viewsKeyspace, roles, Clock.systemUTC(),
                verifier, new IdempotencyStore(session, viewsKeyspace));
        List<MeridianArea> areas = Areas.all();
        areas.forEach(area -> area.start(context));
        if (!roles.contains("api")) {
            return new MeridianNode(system, null, List.of());
        }
        List<ApiModule> modules = new ArrayList<>(areas.stream().map(area -> area.api(context)).toList());
        modules.add(0, new OpsRoutes(verifier, context.idempotency(), new Readiness(system, session), new ClusterStatus(system),
                modules.stream().map(ApiModule::openApiFragment).toList()));
        ApiRoutes api = new ApiRoutes(modules);
        String host = config.getString("meridian.http.host");
        ServerBinding binding = Http.get(system).newServerAt(host, config.getInt("meridian.http.port")).bind(api.route())
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.info("HTTP API on http://{}:{}", host, binding.localAddress().getPort());
        return new MeridianNode(system, binding, api.endpoints());
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

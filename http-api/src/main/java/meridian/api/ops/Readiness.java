package meridian.api.ops;

import meridian.read.common.ProjectionHealth;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Ready means: Cassandra answers, this node is Up in the cluster, and no projection on it has failed. */
public final class Readiness {

    public record Report(boolean ready, Map<String, String> checks) {
    }

    private static final Duration CASSANDRA_TIMEOUT = Duration.ofSeconds(2);

    private final ActorSystem<?> system;
    private final CassandraSession session;

    public Readiness(ActorSystem<?> system, CassandraSession session) {
        this.system = system;
        this.session = session;
    }

    public CompletionStage<Report> check() {
        return session.selectOne("SELECT release_version FROM system.local")
                .toCompletableFuture()
                .orTimeout(CASSANDRA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((row, error) -> {
                    Map<String, String> checks = new LinkedHashMap<>();
                    checks.put("cassandra", error == null ? "up" : "down");
                    MemberStatus status = Cluster.get(system).selfMember().status();
                    checks.put("cluster", status == MemberStatus.up() ? "up" : status.toString().toLowerCase());
                    var failed = ProjectionHealth.failed();
                    checks.put("projections", failed.isEmpty() ? "running" : "failed: " + String.join(", ", failed));
                    boolean ready = error == null && status == MemberStatus.up() && failed.isEmpty();
                    return new Report(ready, checks);
                });
    }
}

package meridian.api.ops;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.ShardRegion;
import org.apache.pekko.cluster.sharding.typed.GetClusterShardingStats;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.stream.StreamSupport;

/** Cluster members and, for one entity type, how many shards and entities each node hosts. */
public final class ClusterStatus {

    public record Member(String address, String status, List<String> roles) {
    }

    public record NodeShards(int shards, int entities) {
    }

    public record Report(String self, List<Member> members, String entityType, Map<String, NodeShards> shardsByNode) {
    }

    private final ActorSystem<?> system;

    public ClusterStatus(ActorSystem<?> system) {
        this.system = system;
    }

    public CompletionStage<Report> report(String entityType) {
        Cluster cluster = Cluster.get(system);
        List<Member> members = StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
                .map(m -> new Member(m.address().toString(), m.status().toString(), m.getRoles().stream().sorted().toList()))
                .toList();
        Duration timeout = Duration.ofSeconds(5);
        CompletionStage<ShardRegion.ClusterShardingStats> stats = AskPattern.ask(
                ClusterSharding.get(system).shardState(),
                replyTo -> new GetClusterShardingStats(EntityTypeKey.create(Object.class, entityType), timeout, replyTo),
                timeout.plusSeconds(1), system.scheduler());
        return stats.thenApply(s -> {
            Map<String, NodeShards> byNode = new TreeMap<>();
            s.getRegions().forEach((address, region) -> byNode.put(address.toString(), new NodeShards(
                    region.getStats().size(), region.getStats().values().stream().mapToInt(v -> ((Number) v).intValue()).sum())));
            return new Report(cluster.selfMember().address().toString(), members, entityType, byNode);
        });
    }
}

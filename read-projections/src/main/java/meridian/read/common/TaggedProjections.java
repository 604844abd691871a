package meridian.read.common;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.ShardedDaemonProcessSettings;
import org.apache.pekko.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import org.apache.pekko.persistence.cassandra.query.javadsl.CassandraReadJournal;
import org.apache.pekko.projection.ProjectionBehavior;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.cassandra.javadsl.CassandraProjection;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.eventsourced.javadsl.EventSourcedProvider;
import org.apache.pekko.projection.javadsl.Handler;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One at-least-once projection per tag, spread over the cluster's {@code read} nodes by a sharded daemon
 * process. Offsets live in Cassandra; handlers must be idempotent.
 */
public final class TaggedProjections {

    private TaggedProjections() {
    }

    public static <E> void start(ActorSystem<?> system, String name, List<String> tags, Supplier<Handler<EventEnvelope<E>>> handler) {
        ShardedDaemonProcess.get(system).init(
                ProjectionBehavior.Command.class,
                name,
                tags.size(),
                index -> ProjectionBehavior.create(
                        CassandraProjection.atLeastOnce(
                                        ProjectionId.of(name, tags.get(index)),
                                        EventSourcedProvider.<E>eventsByTag(system, CassandraReadJournal.Identifier(), tags.get(index)),
                                        handler)
                                .withSaveOffset(50, Duration.ofMillis(500))
                                .withRestartBackoff(Duration.ofMillis(500), Duration.ofSeconds(10), 0.2)
                                .withStatusObserver(ProjectionHealth.observer())),
                ShardedDaemonProcessSettings.create(system).withRole("read"),
                Optional.of(ProjectionBehavior.stopMessage()));
    }
}

package meridian.read.common;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.ShardedDaemonProcessSettings;
import org.apache.pekko.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import org.apache.pekko.persistence.cassandra.query.javadsl.CassandraReadJournal;
import org.apache.pekko.persistence.query.Offset;
import org.apache.pekko.projection.Projection;
import org.apache.pekko.projection.ProjectionBehavior;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.cassandra.javadsl.CassandraProjection;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.eventsourced.javadsl.EventSourcedProvider;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.projection.javadsl.SourceProvider;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One at-least-once projection per tag, spread over the cluster's {@code read} nodes by a sharded daemon
 * process. Offsets live in Cassandra; handlers must be idempotent.
 */
public final class TaggedProjections {

    private TaggedProjections() {
    }

    public static <E> void start(ActorSystem<?> system, String name, List<String> tags, Supplier<Handler<EventEnvelope<E>>> handler) {
        run(system, name, tags, tag -> CassandraProjection.atLeastOnce(ProjectionId.of(name, tag), events(system, tag), handler)
                .withSaveOffset(50, Duration.ofMillis(500))
                .withRestartBackoff(Duration.ofMillis(500), Duration.ofSeconds(10), 0.2)
                .withStatusObserver(ProjectionHealth.observer()));
    }

    /**
     * Like {@link #start}, but the handler gets the events in groups (up to 200, or what came within 200 ms), for
     * views that write less when they see several events of one entity at once. The offset is saved after each group.
     */
    public static <E> void startGrouped(ActorSystem<?> system, String name, List<String> tags,
                                        Supplier<Handler<List<EventEnvelope<E>>>> handler) {
        run(system, name, tags, tag -> CassandraProjection.groupedWithin(ProjectionId.of(name, tag), events(system, tag), handler)
                .withGroup(200, Duration.ofMillis(200))
                .withRestartBackoff(Duration.ofMillis(500), Duration.ofSeconds(10), 0.2)
                .withStatusObserver(ProjectionHealth.observer()));
    }

    private static <E> SourceProvider<Offset, EventEnvelope<E>> events(ActorSystem<?> system, String tag) {
        return EventSourcedProvider.eventsByTag(system, CassandraReadJournal.Identifier(), tag);
    }

    private static void run(ActorSystem<?> system, String name, List<String> tags, Function<String, Projection<?>> projection) {
        ShardedDaemonProcess.get(system).init(
                ProjectionBehavior.Command.class,
                name,
                tags.size(),
                index -> ProjectionBehavior.create(projection.apply(tags.get(index))),
                ShardedDaemonProcessSettings.create(system).withRole("read"),
                Optional.of(ProjectionBehavior.stopMessage()));
    }
}

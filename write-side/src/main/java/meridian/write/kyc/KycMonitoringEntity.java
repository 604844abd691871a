package meridian.write.kyc;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import meridian.domain.common.CborSerializable;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.monitoring.MonitoringEvent;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.WatchListEntry;
import meridian.write.common.EntityMetrics;
import meridian.write.common.EntityTags;
import meridian.write.common.PersistFailure;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;

/**
 * The ongoing-monitoring inputs of one tenant (entity id = the tenant): watch-list loads and news items, numbered by a
 * version. The events are the durable record every node reads (through the monitoring projection, which also screens
 * the tenant's approved clients again); a change is acknowledged once it is persisted.
 */
public final class KycMonitoringEntity
        extends EventSourcedBehaviorWithEnforcedReplies<KycMonitoringEntity.Command, MonitoringEvent, KycMonitoringEntity.State> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "KycMonitoring");
    public static final EntityTags TAGS = new EntityTags("kyc-monitoring", 2);

    public sealed interface Command extends CborSerializable {
    }

    public record LoadWatchList(String list, List<WatchListEntry> entries, boolean replace, Actor by, Instant at,
            ActorRef<Changed> replyTo) implements Command {
    }

    public record PostNews(List<NewsItem> items, Actor by, Instant at, ActorRef<Changed> replyTo) implements Command {
    }

    /** The change is stored as monitoring version {@code version}. */
    public record Changed(long version, int count) implements CborSerializable {
    }

    public record State(long version) implements CborSerializable {
    }

    private final String tenant;

    private KycMonitoringEntity(String tenant) {
        super(PersistenceId.of(TYPE_KEY.name(), tenant), PersistFailure.BACKOFF);
        this.tenant = tenant;
    }

    public static Behavior<Command> create(String tenant) {
        return new KycMonitoringEntity(tenant);
    }

    public static void init(ActorSystem<?> system) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId())).withRole("write"));
    }

    @Override
    public State emptyState() {
        return new State(0);
    }

    @Override
    public CommandHandlerWithReply<Command, MonitoringEvent, State> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(LoadWatchList.class, (state, c) -> persist(c.replyTo(), c.entries().size(),
                        new MonitoringEvent.WatchListLoaded(c.list(), c.entries(), c.replace(), state.version() + 1, c.by(), c.at())))
                .onCommand(PostNews.class, (state, c) -> persist(c.replyTo(), c.items().size(),
                        new MonitoringEvent.NewsPosted(c.items(), state.version() + 1, c.by(), c.at())))
                .build();
    }

    private ReplyEffect<MonitoringEvent, State> persist(ActorRef<Changed> replyTo, int count, MonitoringEvent event) {
        EntityMetrics.accepted(TYPE_KEY.name(), 1);
        return Effect().persist(event).thenReply(replyTo, state -> new Changed(state.version(), count));
    }

    @Override
    public EventHandler<State, MonitoringEvent> eventHandler() {
        return (state, event) -> new State(event.version());
    }

    @Override
    public Set<String> tagsFor(MonitoringEvent event) {
        return Set.of(TAGS.tagFor(tenant));
    }
}

package meridian.write.deal;

import meridian.domain.common.Caller;
import meridian.domain.common.CborSerializable;
import meridian.domain.deal.Deal;
import meridian.domain.deal.DealEvent;
import meridian.domain.deal.DealTerms;
import meridian.write.common.CommandReply;
import meridian.write.common.Decisions;
import meridian.write.common.EntityTags;
import meridian.write.common.PersistFailure;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.SnapshotSelectionCriteria;
import org.apache.pekko.persistence.typed.javadsl.Recovery;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;

import java.time.Clock;
import java.util.Set;

/** One booked deal, as a sharded event-sourced entity. Id: {@code tenant:dealId}. */
public final class DealEntity extends EventSourcedBehaviorWithEnforcedReplies<DealEntity.Command, DealEvent, Deal> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "Deal");
    public static final EntityTags TAGS = new EntityTags("deal", 4);

    public sealed interface Command extends CborSerializable {
    }

    public record BookDeal(String dealId, DealTerms terms, Caller caller, ActorRef<CommandReply<Deal>> replyTo) implements Command {
    }

    public record GetDeal(ActorRef<Deal> replyTo) implements Command {
    }

    private final String entityId;
    private final Clock clock;

    private DealEntity(String entityId, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId),
                PersistFailure.BACKOFF);
        this.entityId = entityId;
        this.clock = clock;
    }

    public static String entityId(String tenant, String dealId) {
        return tenant + ":" + dealId;
    }

    public static Behavior<Command> create(String entityId, Clock clock) {
        return new DealEntity(entityId, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock)).withRole("write"));
    }

    @Override
    public Deal emptyState() {
        return Deal.NONE;
    }

    @Override
    public CommandHandlerWithReply<Command, DealEvent, Deal> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(BookDeal.class, (deal, c) -> Decisions.toEffect(Effect(), TYPE_KEY.name(),
                        deal.book(c.dealId(), c.caller().tenant(), c.terms(), c.caller().subject(), clock.instant()),
                        c.replyTo(), state -> state))
                .onCommand(GetDeal.class, (deal, c) -> Effect().reply(c.replyTo(), deal))
                .build();
    }

    /** Deals take no snapshots: a starting entity skips the snapshot store's query and reads its events only. */
    @Override
    public Recovery recovery() {
        return Recovery.withSnapshotSelectionCriteria(SnapshotSelectionCriteria.none());
    }

    @Override
    public EventHandler<Deal, DealEvent> eventHandler() {
        return Deal::apply;
    }

    @Override
    public Set<String> tagsFor(DealEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }
}

package meridian.write.rfq;

import meridian.domain.common.CborSerializable;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqDecider;
import meridian.domain.rfq.flow.RfqEvent;
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
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;

import java.time.Clock;
import java.util.Set;

/** One client inquiry from chat message to booked deal, as a sharded event-sourced entity. Id: {@code tenant:rfqId}. */
public final class RfqEntity extends EventSourcedBehaviorWithEnforcedReplies<RfqEntity.Command, RfqEvent, Rfq> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "Rfq");
    public static final EntityTags TAGS = new EntityTags("rfq", 4);

    /** A domain command with where the answer goes. */
    public record Command(RfqCommand command, ActorRef<CommandReply<Rfq>> replyTo) implements CborSerializable {
    }

    private final String entityId;
    private final Clock clock;

    private RfqEntity(String entityId, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId),
                PersistFailure.BACKOFF);
        this.entityId = entityId;
        this.clock = clock;
    }

    public static String entityId(String tenant, String rfqId) {
        return tenant + ":" + rfqId;
    }

    public static Behavior<Command> create(String entityId, Clock clock) {
        return new RfqEntity(entityId, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock)).withRole("write"));
    }

    @Override
    public Rfq emptyState() {
        return Rfq.EMPTY;
    }

    @Override
    public CommandHandlerWithReply<Command, RfqEvent, Rfq> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(Command.class, (rfq, c) -> Decisions.toEffect(Effect(), TYPE_KEY.name(),
                        RfqDecider.decide(rfq, c.command(), clock.instant()), c.replyTo(), state -> state))
                .build();
    }

    @Override
    public EventHandler<Rfq, RfqEvent> eventHandler() {
        return RfqDecider::apply;
    }

    @Override
    public Set<String> tagsFor(RfqEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }
}

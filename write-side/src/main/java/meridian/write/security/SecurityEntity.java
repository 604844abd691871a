package meridian.write.security;

import meridian.domain.common.Caller;
import meridian.domain.common.CborSerializable;
import meridian.domain.security.Security;
import meridian.domain.security.SecurityEvent;
import meridian.domain.security.SecurityMaster;
import meridian.domain.security.SecurityState;
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
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;
import org.apache.pekko.persistence.typed.javadsl.RetentionCriteria;

import java.time.Clock;
import java.util.Set;

/** One security master entry of one tenant, as a sharded event-sourced entity. Id: {@code tenant:code}. */
public final class SecurityEntity
        extends EventSourcedBehaviorWithEnforcedReplies<SecurityEntity.Command, SecurityEvent, SecurityState> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "Security");
    public static final EntityTags TAGS = new EntityTags("security", 4);

    public sealed interface Command extends CborSerializable {
    }

    public record ListSecurity(Security security, Caller caller, ActorRef<CommandReply<SecurityState>> replyTo)
            implements Command {
    }

    public record AmendSecurity(Security security, Caller caller, ActorRef<CommandReply<SecurityState>> replyTo)
            implements Command {
    }

    public record DelistSecurity(Caller caller, ActorRef<CommandReply<SecurityState>> replyTo) implements Command {
    }

    public record GetSecurity(ActorRef<SecurityState> replyTo) implements Command {
    }

    private final String entityId;
    private final Clock clock;

    private SecurityEntity(String entityId, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId),
                PersistFailure.BACKOFF);
        this.entityId = entityId;
        this.clock = clock;
    }

    public static String entityId(String tenant, String code) {
        return tenant + ":" + code;
    }

    public static Behavior<Command> create(String entityId, Clock clock) {
        return new SecurityEntity(entityId, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock))
                .withRole("write"));
    }

    @Override
    public SecurityState emptyState() {
        return SecurityState.initial();
    }

    @Override
    public CommandHandlerWithReply<Command, SecurityEvent, SecurityState> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(ListSecurity.class, (state, c) ->
                        reply(SecurityMaster.list(state, c.security(), c.caller(), clock.instant()), c.replyTo()))
                .onCommand(AmendSecurity.class, (state, c) ->
                        reply(SecurityMaster.amend(state, c.security(), c.caller(), clock.instant()), c.replyTo()))
                .onCommand(DelistSecurity.class, (state, c) ->
                        reply(SecurityMaster.delist(state, c.caller(), clock.instant()), c.replyTo()))
                .onCommand(GetSecurity.class, (state, c) -> Effect().reply(c.replyTo(), state))
                .build();
    }

    private ReplyEffect<SecurityEvent, SecurityState> reply(
            meridian.domain.common.Decision<SecurityEvent> decision, ActorRef<CommandReply<SecurityState>> replyTo) {
        return Decisions.toEffect(Effect(), TYPE_KEY.name(), decision, replyTo, state -> state);
    }

    @Override
    public EventHandler<SecurityState, SecurityEvent> eventHandler() {
        return SecurityMaster::apply;
    }

    @Override
    public Set<String> tagsFor(SecurityEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }

    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(100, 2);
    }
}

package meridian.write.risk;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import meridian.domain.common.CborSerializable;
import meridian.domain.risk.ContractResult;
import meridian.domain.risk.RiskRun;
import meridian.domain.risk.RiskRunEvent;
import meridian.domain.risk.RiskRunSummary;
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

/** One risk run as a sharded event-sourced entity: the record of what was valued, on what, with what result. Id: {@code tenant:runId}. */
public final class RiskRunEntity extends EventSourcedBehaviorWithEnforcedReplies<RiskRunEntity.Command, RiskRunEvent, RiskRun> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "RiskRun");
    public static final EntityTags TAGS = new EntityTags("risk-run", 4);

    public sealed interface Command extends CborSerializable {
    }

    public record StartRun(RiskRunEvent.RiskRunStarted started, ActorRef<CommandReply<RiskRunSummary>> replyTo) implements Command {
    }

    public record RecordBatch(int batch, String worker, String engine, List<ContractResult> results,
                              ActorRef<CommandReply<RiskRunSummary>> replyTo) implements Command {
    }

    public record CompleteRun(ActorRef<CommandReply<RiskRunSummary>> replyTo) implements Command {
    }

    public record FailRun(String reason, ActorRef<CommandReply<RiskRunSummary>> replyTo) implements Command {
    }

    public record GetRun(ActorRef<RiskRun> replyTo) implements Command {
    }

    private final String entityId;
    private final Clock clock;

    private RiskRunEntity(String entityId, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId), PersistFailure.BACKOFF);
        this.entityId = entityId;
        this.clock = clock;
    }

    public static String entityId(String tenant, String runId) {
        return tenant + ":" + runId;
    }

    public static Behavior<Command> create(String entityId, Clock clock) {
        return new RiskRunEntity(entityId, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock)).withRole("write"));
    }

    @Override
    public RiskRun emptyState() {
        return RiskRun.NONE;
    }

    @Override
    public CommandHandlerWithReply<Command, RiskRunEvent, RiskRun> commandHandler() {
        String type = TYPE_KEY.name();
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(StartRun.class, (run, c) -> Decisions.toEffect(Effect(), type, run.start(c.started()),
                        c.replyTo(), RiskRunSummary::of))
                .onCommand(RecordBatch.class, (run, c) -> Decisions.toEffect(Effect(), type,
                        run.recordBatch(c.batch(), c.worker(), c.engine(), c.results(), clock.instant()),
                        c.replyTo(), RiskRunSummary::of))
                .onCommand(CompleteRun.class, (run, c) -> Decisions.toEffect(Effect(), type, run.complete(clock.instant()),
                        c.replyTo(), RiskRunSummary::of))
                .onCommand(FailRun.class, (run, c) -> Decisions.toEffect(Effect(), type, run.fail(c.reason(), clock.instant()),
                        c.replyTo(), RiskRunSummary::of))
                .onCommand(GetRun.class, (run, c) -> Effect().reply(c.replyTo(), run))
                .build();
    }

    @Override
    public EventHandler<RiskRun, RiskRunEvent> eventHandler() {
        return RiskRun::apply;
    }

    @Override
    public Set<String> tagsFor(RiskRunEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }
}

package meridian.write.template;

import meridian.domain.common.Caller;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.Decision;
import meridian.domain.template.lifecycle.StructureTemplateEvent;
import meridian.domain.template.lifecycle.StructureTemplateState;
import meridian.domain.template.lifecycle.StructureTemplates;
import meridian.domain.template.lifecycle.TestRun;
import meridian.domain.template.lifecycle.VersionRecord;
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
import java.util.List;
import java.util.Set;

/**
 * One structure template of one tenant (all its versions), as a sharded event-sourced entity. Id: {@code tenant:NAME}.
 * Being the single writer of its versions, it numbers them and decides each one once, on any number of nodes.
 */
public final class StructureTemplateEntity extends
        EventSourcedBehaviorWithEnforcedReplies<StructureTemplateEntity.Command, StructureTemplateEvent, StructureTemplateState> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "StructureTemplate");
    public static final EntityTags TAGS = new EntityTags("template", 4);

    public sealed interface Command extends CborSerializable {
    }

    /** Submits a definition (its JSON); the reply says which version it is and whether this call created it. */
    public record SubmitVersion(String definition, Caller caller, ActorRef<CommandReply<Submission>> replyTo)
            implements Command {
    }

    /** Records the runs of a PENDING version's test cases; the entity decides ACCEPTED or REJECTED from them. */
    public record RecordTestRuns(int version, String hash, List<TestRun> runs, Caller caller,
                                 ActorRef<CommandReply<VersionRecord>> replyTo) implements Command {
        public RecordTestRuns {
            runs = List.copyOf(runs);
        }
    }

    public record GetTemplate(ActorRef<StructureTemplateState> replyTo) implements Command {
    }

    /** The version a submission is; {@code created} is false when the same definition was already that version. */
    public record Submission(VersionRecord version, boolean created) implements CborSerializable {
    }

    private final String entityId;
    private final String tenant;
    private final String name;
    private final Clock clock;

    private StructureTemplateEntity(String entityId, Clock clock) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId),
                PersistFailure.BACKOFF);
        int colon = entityId.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("a template entity id is tenant:NAME, was " + entityId);
        }
        this.entityId = entityId;
        this.tenant = entityId.substring(0, colon);
        this.name = entityId.substring(colon + 1);
        this.clock = clock;
    }

    public static String entityId(String tenant, String name) {
        return tenant + ":" + name;
    }

    public static Behavior<Command> create(String entityId, Clock clock) {
        return new StructureTemplateEntity(entityId, clock);
    }

    public static void init(ActorSystem<?> system, Clock clock) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock))
                .withRole("write"));
    }

    @Override
    public StructureTemplateState emptyState() {
        return StructureTemplateState.initial();
    }

    @Override
    public CommandHandlerWithReply<Command, StructureTemplateEvent, StructureTemplateState> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(SubmitVersion.class, this::submit)
                .onCommand(RecordTestRuns.class, (state, c) -> c.caller().tenant().equals(tenant)
                        ? Decisions.toEffect(Effect(), TYPE_KEY.name(),
                                StructureTemplates.recordTests(state, c.version(), c.hash(), c.runs(), c.caller(), clock.instant()),
                                c.replyTo(), next -> next.version(c.version()).orElseThrow())
                        : Effect().reply(c.replyTo(), new CommandReply.Rejected<>(foreign())))
                .onCommand(GetTemplate.class, (state, c) -> Effect().reply(c.replyTo(), state))
                .build();
    }

    private ReplyEffect<StructureTemplateEvent, StructureTemplateState> submit(StructureTemplateState state, SubmitVersion c) {
        if (!c.caller().tenant().equals(tenant)) {
            return Effect().reply(c.replyTo(), new CommandReply.Rejected<>(foreign()));
        }
        Decision<StructureTemplateEvent> decision =
                StructureTemplates.submit(state, name, c.definition(), c.caller(), clock.instant());
        boolean creates = decision instanceof Decision.Accept<StructureTemplateEvent> accept && !accept.events().isEmpty();
        return Decisions.toEffect(Effect(), TYPE_KEY.name(), decision, c.replyTo(),
                next -> new Submission(next.byHash(StructureTemplates.hash(c.definition())).orElseThrow(), creates));
    }

    private String foreign() {
        return "template " + name + " belongs to another tenant";
    }

    @Override
    public EventHandler<StructureTemplateState, StructureTemplateEvent> eventHandler() {
        return StructureTemplates::apply;
    }

    @Override
    public Set<String> tagsFor(StructureTemplateEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }

    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(100, 2);
    }
}

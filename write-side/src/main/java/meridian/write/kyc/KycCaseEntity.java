package meridian.write.kyc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import meridian.domain.common.CborSerializable;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.ApprovalRecord;
import meridian.domain.kyc.caseflow.Decision;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.caseflow.KycDecider;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.privacy.CaseKeyStore;
import meridian.domain.kyc.privacy.EventPersonalData;
import meridian.domain.kyc.privacy.PersonalDataCipher;
import meridian.write.common.EntityMetrics;
import meridian.write.common.EntityTags;
import meridian.write.common.PersistFailure;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.RecoveryCompleted;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EffectBuilder;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;
import org.apache.pekko.persistence.typed.javadsl.SignalHandler;

/**
 * One KYC case of one tenant as a sharded event-sourced entity (id {@code tenant:caseId}), wrapping the pure
 * {@link KycDecider}. Every accepted command is persisted before it is acknowledged; every command gets a {@link KycReply}.
 *
 * <p>What the entity adds to the decider:
 * <ul>
 *   <li><b>Screening</b>: once {@code FormSubmitted} is stored, the entity screens the form ({@link KycScreening}) and
 *   records {@code RecordScreening} as SYSTEM; after a crash in between, recovery finds the case in SCREENING and
 *   screens again.</li>
 *   <li><b>Seal</b>: once {@code CaseApproved} is stored, the entity signs the approval record with the firm's key
 *   ({@link ApprovalSealer}) and records {@code SealApproval}; again resumed by recovery.</li>
 *   <li><b>Personal data</b>: personal values in events are encrypted with the case's key from the
 *   {@link CaseKeyStore} before persisting ({@link EventPersonalData}) and decrypted when applied; on
 *   {@code PersonalDataErased} the key is destroyed, so replays see those values as absent. The state holds decrypted
 *   values, so this entity takes no snapshots (a case has tens of events).</li>
 * </ul>
 */
public final class KycCaseEntity extends EventSourcedBehaviorWithEnforcedReplies<KycCaseEntity.Command, KycEvent, KycCase> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "KycCase");
    public static final EntityTags TAGS = new EntityTags("kyc", 4);
    private static final Duration RETRY = Duration.ofSeconds(30);

    public sealed interface Command extends CborSerializable {
    }

    /** A command of the case's state machine, from a user (through HTTP) or from Meridian. */
    public record Execute(KycCommand command, ActorRef<KycReply> replyTo) implements Command {
    }

    /** The current state (personal values decrypted); for routes that need the write side's exact state. */
    public record GetCase(ActorRef<KycCase> replyTo) implements Command {
    }

    /** Sent by the entity to itself once the form is submitted (and after recovery into SCREENING). */
    public record RunScreening(String reason) implements Command {
    }

    /**
     * Screens a monitored (approved) client again after its tenant's watch lists or news changed; answers once the
     * outcome (cleared, or an alert that sends the case back to review) is persisted, or at once if the case is not
     * monitored.
     */
    public record Rescreen(long monitoringVersion, ActorRef<Rescreened> replyTo) implements Command {
    }

    /** The case's status after a {@link Rescreen}. */
    public record Rescreened(String entityId, KycStatus status) implements CborSerializable {
    }

    /** The screening's outcome, piped back to the entity ({@code replyTo} is set for a {@link Rescreen}). */
    private record Screened(KycCommand result, ActorRef<Rescreened> replyTo) implements Command {
    }

    private record ScreeningFailed(String reason, ActorRef<Rescreened> replyTo) implements Command {
    }

    /** Sent by the entity to itself once the case is approved (and after recovery into APPROVED). */
    public record SealApproval(String reason) implements Command {
    }

    /** What every case entity of a node shares. */
    public record Services(KycDecider decider, KycScreening screening, ApprovalSealer sealer, CaseKeyStore keys,
            Clock clock, SecureRandom random) {
    }

    private final ActorContext<Command> context;
    private final String entityId;
    private final Services services;
    private PersonalDataCipher cipher;

    private KycCaseEntity(ActorContext<Command> context, String entityId, Services services) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId),
                PersistFailure.BACKOFF);
        this.context = context;
        this.entityId = entityId;
        this.services = services;
    }

    public static String entityId(String tenant, String caseId) {
        return tenant + ":" + caseId;
    }

    public static Behavior<Command> create(String entityId, Services services) {
        return Behaviors.setup(context -> new KycCaseEntity(context, entityId, services));
    }

    public static void init(ActorSystem<?> system, Services services) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), services)).withRole("write"));
    }

    @Override
    public KycCase emptyState() {
        return KycCase.EMPTY;
    }

    @Override
    public CommandHandlerWithReply<Command, KycEvent, KycCase> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(Execute.class, this::execute)
                .onCommand(GetCase.class, (state, c) -> Effect().reply(c.replyTo(), state))
                .onCommand(RunScreening.class, (state, c) -> screen(state))
                .onCommand(Rescreen.class, this::rescreen)
                .onCommand(Screened.class, this::screened)
                .onCommand(ScreeningFailed.class, this::screeningFailed)
                .onCommand(SealApproval.class, (state, c) -> seal(state))
                .build();
    }

    private ReplyEffect<KycEvent, KycCase> execute(KycCase state, Execute c) {
        Decision decision = services.decider().decide(state, c.command());
        if (decision instanceof Decision.Rejected rejected) {
            EntityMetrics.rejected(TYPE_KEY.name());
            return Effect().reply(c.replyTo(),
                    new KycReply.Rejected(rejected.code(), rejected.reason(), rejected.errors(), state.status()));
        }
        return persist(((Decision.Accepted) decision).events()).thenReply(c.replyTo(), KycReply.Accepted::new);
    }

    private ReplyEffect<KycEvent, KycCase> screen(KycCase state) {
        if (state.status() != KycStatus.SCREENING) {
            return Effect().noReply();
        }
        context.pipeToSelf(services.screening().assess(tenant(), state.form(), services.clock().instant()),
                (result, error) -> error == null ? new Screened(result, null) : new ScreeningFailed(error.toString(), null));
        return Effect().noReply();
    }

    private ReplyEffect<KycEvent, KycCase> rescreen(KycCase state, Rescreen c) {
        if (state.status() != KycStatus.MONITORING) {
            return Effect().reply(c.replyTo(), new Rescreened(entityId, state.status()));
        }
        context.pipeToSelf(services.screening().rescreen(tenant(), state.form(), services.clock().instant()),
                (result, error) -> error == null ? new Screened(result, c.replyTo())
                        : new ScreeningFailed(error.toString(), c.replyTo()));
        return Effect().noReply();
    }

    private ReplyEffect<KycEvent, KycCase> screened(KycCase state, Screened c) {
        boolean stillDue = c.result() instanceof KycCommand.RecordScreening ? state.status() == KycStatus.SCREENING
                : state.status() == KycStatus.MONITORING;
        if (!stillDue) {
            return c.replyTo() == null ? Effect().noReply() : Effect().reply(c.replyTo(), new Rescreened(entityId, state.status()));
        }
        Decision decision = services.decider().decide(state, c.result());
        if (decision instanceof Decision.Rejected rejected) {
            context.getLog().error("KYC case {} refused {}: {} {}", entityId, c.result().getClass().getSimpleName(),
                    rejected.reason(), rejected.errors());
            return c.replyTo() == null ? Effect().noReply() : Effect().reply(c.replyTo(), new Rescreened(entityId, state.status()));
        }
        EffectBuilder<KycEvent, KycCase> effect = persist(((Decision.Accepted) decision).events());
        return c.replyTo() == null ? effect.thenNoReply()
                : effect.thenReply(c.replyTo(), after -> new Rescreened(entityId, after.status()));
    }

    /** A failed first screening is retried by the entity; a failed re-screening is reported to whoever asked for it. */
    private ReplyEffect<KycEvent, KycCase> screeningFailed(KycCase state, ScreeningFailed c) {
        if (c.replyTo() != null) {
            context.getLog().error("re-screening KYC case {} failed: {}", entityId, c.reason());
            return Effect().noReply();
        }
        context.getLog().error("screening of KYC case {} failed ({}); retrying in {}", entityId, c.reason(), RETRY);
        context.scheduleOnce(RETRY, context.getSelf(), new RunScreening("retry"));
        return Effect().noReply();
    }

    private String tenant() {
        return entityId.substring(0, entityId.indexOf(':'));
    }

    private ReplyEffect<KycEvent, KycCase> seal(KycCase state) {
        if (state.status() != KycStatus.APPROVED) {
            return Effect().noReply();
        }
        ApprovalRecord record = state.approvalRecord();
        String signature;
        try {
            signature = services.sealer().sign(record.canonicalBytes());
        } catch (RuntimeException e) {
            context.getLog().error("sealing the approval of KYC case {} failed; retrying in {}", entityId, RETRY, e);
            context.scheduleOnce(RETRY, context.getSelf(), new SealApproval("retry"));
            return Effect().noReply();
        }
        return system(state, new KycCommand.SealApproval(record.sha256(), signature, services.sealer().keyId(),
                Actor.system(), services.clock().instant()));
    }

    /** A command Meridian issues itself: persisted when accepted; a refusal is a bug, logged. */
    private ReplyEffect<KycEvent, KycCase> system(KycCase state, KycCommand command) {
        Decision decision = services.decider().decide(state, command);
        if (decision instanceof Decision.Rejected rejected) {
            EntityMetrics.rejected(TYPE_KEY.name());
            context.getLog().error("KYC case {} refused {}: {} {}", entityId, command.getClass().getSimpleName(),
                    rejected.reason(), rejected.errors());
            return Effect().noReply();
        }
        return persist(((Decision.Accepted) decision).events()).thenNoReply();
    }

    /** Persists accepted events, personal values encrypted, and schedules what follows from them. */
    private EffectBuilder<KycEvent, KycCase> persist(List<KycEvent> events) {
        EntityMetrics.accepted(TYPE_KEY.name(), events.size());
        List<KycEvent> stored = events.stream().map(this::conceal).toList();
        EffectBuilder<KycEvent, KycCase> effect = Effect().persist(stored);
        for (KycEvent event : events) {
            if (event instanceof KycEvent.FormSubmitted) {
                effect = effect.thenRun(() -> context.getSelf().tell(new RunScreening("submitted")));
            } else if (event instanceof KycEvent.CaseApproved) {
                effect = effect.thenRun(() -> context.getSelf().tell(new SealApproval("approved")));
            } else if (event instanceof KycEvent.PersonalDataErased) {
                effect = effect.thenRun(this::destroyKey);
            }
        }
        return effect;
    }

    private KycEvent conceal(KycEvent event) {
        if (!(event instanceof KycEvent.ProspectInvited) && !(event instanceof KycEvent.DraftSaved)) {
            return event;
        }
        if (cipher == null) {
            cipher = new PersonalDataCipher(services.keys().getOrCreate(entityId), entityId, services.random());
        }
        return EventPersonalData.map(event, cipher::encrypt);
    }

    /** The event with its personal values decrypted; values whose key is gone (an erased case) are absent. */
    private KycEvent reveal(KycEvent event) {
        if (!(event instanceof KycEvent.ProspectInvited) && !(event instanceof KycEvent.DraftSaved)) {
            return event;
        }
        Optional<PersonalDataCipher> current = currentCipher();
        return EventPersonalData.map(event, value -> {
            if (!PersonalDataCipher.isEncrypted(value)) {
                return value;
            }
            if (current.isEmpty()) {
                return null;
            }
            try {
                return current.get().decrypt(value);
            } catch (IllegalArgumentException e) {
                context.getLog().error("a personal value of KYC case {} does not decrypt with the case key", entityId);
                return null;
            }
        });
    }

    private Optional<PersonalDataCipher> currentCipher() {
        if (cipher == null) {
            services.keys().find(entityId)
                    .ifPresent(key -> cipher = new PersonalDataCipher(key, entityId, services.random()));
        }
        return Optional.ofNullable(cipher);
    }

    private void destroyKey() {
        cipher = null;
        try {
            services.keys().destroy(entityId);
            context.getLog().info("KYC case {} closed: its personal data key is destroyed", entityId);
        } catch (RuntimeException e) {
            context.getLog().error("could not destroy the key of closed KYC case {}; retried when it next starts", entityId, e);
        }
    }

    @Override
    public EventHandler<KycCase, KycEvent> eventHandler() {
        return (state, event) -> state.apply(reveal(event));
    }

    @Override
    public SignalHandler<KycCase> signalHandler() {
        return newSignalHandlerBuilder()
                .onSignal(RecoveryCompleted.instance(), state -> {
                    if (state.status() == KycStatus.SCREENING) {
                        context.getSelf().tell(new RunScreening("recovered"));
                    } else if (state.status() == KycStatus.APPROVED) {
                        context.getSelf().tell(new SealApproval("recovered"));
                    }
                    if (state.personalDataErased() && services.keys().find(entityId).isPresent()) {
                        destroyKey();
                    }
                })
                .build();
    }

    @Override
    public Set<String> tagsFor(KycEvent event) {
        return Set.of(TAGS.tagFor(entityId));
    }
}

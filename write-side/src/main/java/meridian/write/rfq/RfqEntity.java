package meridian.write.rfq;

import meridian.domain.common.CborSerializable;
import meridian.domain.common.Decision;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqDecider;
import meridian.domain.rfq.flow.RfqEvent;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.write.common.CommandReply;
import meridian.write.common.EntityMetrics;
import meridian.write.common.EntityTags;
import meridian.write.common.PersistFailure;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.SnapshotSelectionCriteria;
import org.apache.pekko.persistence.typed.javadsl.Recovery;
import org.apache.pekko.persistence.typed.RecoveryCompleted;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;
import org.apache.pekko.persistence.typed.javadsl.SignalHandler;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One client inquiry from chat message to booked deal, as a sharded event-sourced entity. Id: {@code tenant:rfqId}.
 * After each stored event (and after recovery) it hands the next step to the {@link RfqDesk} and persists the answer,
 * so an RFQ interrupted by a restart carries on where it stopped. A price waiting for a trader, and a sent quote, arm a
 * timer for when they lapse; the timer is armed again on recovery, and {@link Wake} (sent by the desk's sweeper) starts an entity that is not running. A client's
 * answer that arrives while an approved quote is going out waits (stashed) until the quote is recorded as sent.
 */
public final class RfqEntity extends EventSourcedBehaviorWithEnforcedReplies<RfqEntity.Message, RfqEvent, Rfq> {

    public static final EntityTypeKey<Message> TYPE_KEY = EntityTypeKey.create(Message.class, "Rfq");
    public static final EntityTags TAGS = new EntityTags("rfq", 4);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration EXPIRY_GRACE = Duration.ofMillis(50);

    public sealed interface Message extends CborSerializable permits Command, Wake, StepDone {
    }

    /** A domain command with where the answer goes. */
    public record Command(RfqCommand command, ActorRef<CommandReply<Rfq>> replyTo) implements Message {
    }

    /** Carry on with whatever the RFQ is waiting for (expire a quote past its validity, retry a failed step). */
    public record Wake() implements Message {
    }

    /** The desk's answer to a step begun in {@code from}. */
    record StepDone(RfqStatus from, Optional<RfqCommand> next, String failure) implements Message {
    }

    private final String entityId;
    private final Clock clock;
    private final RfqDesk desk;
    private final ActorContext<Message> context;
    private final TimerScheduler<Message> timers;
    private RfqStatus stepping;

    private RfqEntity(String entityId, Clock clock, RfqDesk desk, ActorContext<Message> context, TimerScheduler<Message> timers) {
        super(PersistenceId.of(TYPE_KEY.name(), entityId), PersistFailure.BACKOFF);
        this.entityId = entityId;
        this.clock = clock;
        this.desk = desk;
        this.context = context;
        this.timers = timers;
    }

    public static String entityId(String tenant, String rfqId) {
        return tenant + ":" + rfqId;
    }

    /** An RFQ moved only by commands from outside. */
    public static Behavior<Message> create(String entityId, Clock clock) {
        return create(entityId, clock, RfqDesk.MANUAL);
    }

    public static Behavior<Message> create(String entityId, Clock clock, RfqDesk desk) {
        return Behaviors.setup(context -> Behaviors.withTimers(timers -> new RfqEntity(entityId, clock, desk, context, timers)));
    }

    public static void init(ActorSystem<?> system, Clock clock, RfqDesk desk) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> create(ctx.getEntityId(), clock, desk)).withRole("write"));
    }

    @Override
    public Rfq emptyState() {
        return Rfq.EMPTY;
    }

    @Override
    public CommandHandlerWithReply<Message, RfqEvent, Rfq> commandHandler() {
        return newCommandHandlerWithReplyBuilder().forAnyState()
                .onCommand(Command.class, this::onCommand)
                .onCommand(Wake.class, (rfq, wake) -> onWake(rfq))
                .onCommand(StepDone.class, this::onStepDone)
                .build();
    }

    private ReplyEffect<RfqEvent, Rfq> onCommand(Rfq rfq, Command c) {
        if (c.command() instanceof RfqCommand.ClientReplied && rfq.status() == RfqStatus.APPROVED) {
            // The quote is on its way to the chat and the client answered before it was recorded as sent.
            return Effect().stash();
        }
        Decision<RfqEvent> decision = RfqDecider.decide(rfq, c.command(), clock.instant());
        ActorRef<CommandReply<Rfq>> replyTo = c.replyTo() == null ? context.getSystem().ignoreRef() : c.replyTo();
        if (decision instanceof Decision.Reject<RfqEvent> reject) {
            EntityMetrics.rejected(TYPE_KEY.name());
            return Effect().reply(replyTo, new CommandReply.Rejected<>(reject.reason()));
        }
        List<RfqEvent> events = withImmediateStep(rfq, ((Decision.Accept<RfqEvent>) decision).events());
        EntityMetrics.accepted(TYPE_KEY.name(), events.size());
        if (events.isEmpty()) {
            return Effect().reply(replyTo, new CommandReply.Accepted<>(rfq));
        }
        return Effect().persist(events)
                .thenRun(state -> {
                    events.forEach(event -> announce(state, event));
                    step(state);
                })
                .thenReply(replyTo, state -> new CommandReply.Accepted<>(state))
                .thenUnstashAll();
    }

    /** The events, followed by those of the desk's immediate next step when it has one (stored in the same write). */
    private List<RfqEvent> withImmediateStep(Rfq rfq, List<RfqEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        Rfq after = rfq;
        for (RfqEvent event : events) {
            after = RfqDecider.apply(after, event);
        }
        Optional<RfqCommand> next;
        try {
            next = desk.immediate(after);
        } catch (RuntimeException e) {
            context.getLog().warn("RFQ {}: the desk's immediate step failed, it runs as a later step: {}", entityId, e.toString());
            return events;
        }
        if (next.isEmpty()) {
            return events;
        }
        Decision<RfqEvent> decision = RfqDecider.decide(after, next.get(), clock.instant());
        if (!(decision instanceof Decision.Accept<RfqEvent> accept)) {
            return events;
        }
        List<RfqEvent> all = new java.util.ArrayList<>(events);
        all.addAll(accept.events());
        return all;
    }

    private ReplyEffect<RfqEvent, Rfq> onWake(Rfq rfq) {
        if (rfq.status().awaitsAPerson() && rfq.validityPassed(clock.instant())) {
            return onCommand(rfq, new Command(new RfqCommand.Expire(), null));
        }
        step(rfq);
        return Effect().noReply();
    }

    private ReplyEffect<RfqEvent, Rfq> onStepDone(Rfq rfq, StepDone done) {
        stepping = null;
        if (done.from() != rfq.status()) {
            return Effect().noReply();
        }
        if (done.failure() != null) {
            context.getLog().warn("RFQ {}: {} step failed, retrying in {}: {}", entityId, done.from(), RETRY, done.failure());
            timers.startSingleTimer("retry", new Wake(), RETRY);
            return Effect().noReply();
        }
        return done.next().map(command -> onCommand(rfq, new Command(command, null))).orElseGet(() -> Effect().noReply());
    }

    /** Starts the desk's work for the RFQ's state unless it is already under way. */
    private void step(Rfq rfq) {
        RfqStatus status = rfq.status();
        if (status.awaitsAPerson()) {
            if (rfq.validUntil() == null) {
                return;
            }
            Duration left = Duration.between(clock.instant(), rfq.validUntil());
            timers.startSingleTimer("expire", new Wake(), (left.isNegative() ? Duration.ZERO : left).plus(EXPIRY_GRACE));
            return;
        }
        if (status != RfqStatus.RECEIVED && status != RfqStatus.PARSED && status != RfqStatus.APPROVED
                && status != RfqStatus.ACCEPTED) {
            return;
        }
        if (status == stepping) {
            return;
        }
        stepping = status;
        context.pipeToSelf(desk.next(rfq), (next, failure) -> failure == null
                ? new StepDone(status, next, null)
                : new StepDone(status, Optional.empty(), String.valueOf(failure)));
    }

    private void announce(Rfq rfq, RfqEvent event) {
        try {
            desk.announce(rfq, event);
        } catch (RuntimeException e) {
            context.getLog().warn("RFQ {}: announcing {} failed: {}", entityId, event.getClass().getSimpleName(), e.toString());
        }
    }

    @Override
    public SignalHandler<Rfq> signalHandler() {
        return newSignalHandlerBuilder().onSignal(RecoveryCompleted.instance(), this::step).build();
    }

    /** RFQs take no snapshots: a starting entity skips the snapshot store's query and reads its events only. */
    @Override
    public Recovery recovery() {
        return Recovery.withSnapshotSelectionCriteria(SnapshotSelectionCriteria.none());
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

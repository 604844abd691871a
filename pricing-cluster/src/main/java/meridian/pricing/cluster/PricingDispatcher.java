package meridian.pricing.cluster;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import meridian.domain.common.CborSerializable;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.delivery.WorkPullingProducerController;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;

/**
 * The work-pulling producer of one {@link PricingLane} (a cluster singleton): it queues submitted jobs and hands each
 * to the next worker of its lane that asks for work, on any node.
 */
public final class PricingDispatcher {

    /** Jobs queued beyond this are refused, so a flood of risk runs cannot exhaust the singleton's memory. */
    static final int MAX_QUEUED = 100_000;

    public interface Command {
    }

    public record Submit(PricingJob job) implements Command, CborSerializable {
    }

    private record WrappedRequestNext(WorkPullingProducerController.RequestNext<PricingJob> next) implements Command {
    }

    private PricingDispatcher() {
    }

    /** The risk lane's singleton proxy on this node (starting the singleton where it belongs). */
    public static ActorRef<Command> init(ActorSystem<?> system) {
        return init(system, PricingLane.RISK);
    }

    public static ActorRef<Command> init(ActorSystem<?> system, PricingLane lane) {
        return ClusterSingleton.get(system).init(SingletonActor.of(create(lane), lane.dispatcherName()));
    }

    public static Behavior<Command> create() {
        return create(PricingLane.RISK);
    }

    public static Behavior<Command> create(PricingLane lane) {
        return Behaviors.setup(context -> {
            ActorRef<WorkPullingProducerController.Command<PricingJob>> producer = context.spawn(
                    WorkPullingProducerController.create(PricingJob.class, lane.dispatcherName() + "-jobs", lane.serviceKey(),
                            Optional.empty()), "producer-controller");
            ActorRef<WorkPullingProducerController.RequestNext<PricingJob>> requests =
                    context.messageAdapter(WorkPullingProducerController.requestNextClass(), WrappedRequestNext::new);
            producer.tell(new WorkPullingProducerController.Start<>(requests));
            Deque<PricingJob> queue = new ArrayDeque<>();
            WorkPullingProducerController.RequestNext<?>[] demand = new WorkPullingProducerController.RequestNext<?>[1];
            return Behaviors.receive(Command.class)
                    .onMessage(Submit.class, submit -> {
                        if (demand[0] != null) {
                            send(demand[0], submit.job());
                            demand[0] = null;
                        } else if (queue.size() >= MAX_QUEUED) {
                            submit.job().replyTo().tell(new PricingJobResult.JobFailed(submit.job().jobId(), List.of(),
                                    "the pricing queue is full (" + MAX_QUEUED + " jobs)", "dispatcher"));
                        } else {
                            queue.addLast(submit.job());
                        }
                        return Behaviors.same();
                    })
                    .onMessage(WrappedRequestNext.class, w -> {
                        if (queue.isEmpty()) {
                            demand[0] = w.next();
                        } else {
                            send(w.next(), queue.removeFirst());
                        }
                        return Behaviors.same();
                    })
                    .build();
        });
    }

    @SuppressWarnings("unchecked")
    private static void send(WorkPullingProducerController.RequestNext<?> next, PricingJob job) {
        ((WorkPullingProducerController.RequestNext<PricingJob>) next).sendNextTo().tell(job);
    }
}

package meridian.pricing.cluster;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.delivery.ConsumerController;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * One engine's worker: it pulls jobs through reliable delivery (work pulling) and confirms a job only after its answer
 * was sent, so the batch of a worker that crashes or stops before confirming is delivered to another worker.
 */
public final class PricingWorker {

    /**
     * Unconfirmed jobs a worker may hold: the one it runs and a couple queued. The default (50) would let the first
     * worker hoard a whole book; windows of 1 or 2 stop the ConsumerController asking for more (seen on Pekko 1.2.1).
     */
    static final int FLOW_CONTROL_WINDOW = 3;

    public interface Command {
    }

    private record WrappedDelivery(ConsumerController.Delivery<PricingJob> delivery) implements Command {
    }

    private record JobDone(PricingJobResult result, PricingJob job, ActorRef<ConsumerController.Confirmed> confirmTo)
            implements Command {
    }

    private PricingWorker() {
    }

    /** A worker of the risk lane. */
    public static Behavior<Command> create(JobExecutor executor, Executor threads) {
        return create(executor, threads, PricingLane.RISK);
    }

    public static Behavior<Command> create(JobExecutor executor, Executor threads, PricingLane lane) {
        return Behaviors.setup(context -> {
            ActorRef<ConsumerController.Command<PricingJob>> consumer = context.spawn(
                    ConsumerController.create(lane.serviceKey(),
                            ConsumerController.Settings$.MODULE$.create(context.getSystem()).withFlowControlWindow(FLOW_CONTROL_WINDOW)),
                    lane.consumerName());
            ActorRef<ConsumerController.Delivery<PricingJob>> deliveries =
                    context.messageAdapter(ConsumerController.deliveryClass(), WrappedDelivery::new);
            consumer.tell(new ConsumerController.Start<>(deliveries));
            context.getLog().info("pricing worker {} ready (engine {}, lane {})", executor.worker(), executor.engineName(), lane);
            return Behaviors.receive(Command.class)
                    .onMessage(WrappedDelivery.class, w -> {
                        PricingJob job = w.delivery().message();
                        context.pipeToSelf(CompletableFuture.supplyAsync(() -> executor.execute(job), threads),
                                (result, failure) -> new JobDone(result != null ? result
                                        : new PricingJobResult.JobFailed(job.jobId(), java.util.List.of(),
                                        String.valueOf(failure), executor.worker()), job, w.delivery().confirmTo()));
                        return Behaviors.same();
                    })
                    .onMessage(JobDone.class, done -> {
                        done.job().replyTo().tell(done.result());
                        done.confirmTo().tell(ConsumerController.confirmed());
                        return Behaviors.same();
                    })
                    .build();
        });
    }
}

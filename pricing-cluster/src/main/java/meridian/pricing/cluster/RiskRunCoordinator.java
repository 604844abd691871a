package meridian.pricing.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import meridian.domain.risk.ContractResult;
import meridian.pricing.book.ContractRisk;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * Drives one started risk run: queues every batch at the {@link PricingDispatcher}, records each valued batch in the
 * run's journal (once, however often a redelivered batch is answered), then completes the run. A batch that fails, a
 * journal write that fails, or no progress within {@code stallTimeout} fails the run.
 */
public final class RiskRunCoordinator {

    public interface Command {
    }

    private record Answered(PricingJobResult result) implements Command {
    }

    private record Recorded(int batch, Throwable failure) implements Command {
    }

    private record Finished(Throwable failure) implements Command {
    }

    private enum Stalled implements Command { INSTANCE }

    private RiskRunCoordinator() {
    }

    public static Behavior<Command> create(RunPlan plan, ActorRef<PricingDispatcher.Command> dispatcher, RunJournal journal,
                                           Duration stallTimeout) {
        return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
            ActorRef<PricingJobResult> answers = context.messageAdapter(PricingJobResult.class, Answered::new);
            for (int batch = 0; batch < plan.batches(); batch++) {
                dispatcher.tell(new PricingDispatcher.Submit(new PricingJob.BookBatchJob(jobId(plan, batch),
                        plan.batch(batch), plan.markets(), plan.run(), answers)));
            }
            timers.startSingleTimer(Stalled.INSTANCE, stallTimeout);
            Set<Integer> recording = new TreeSet<>();
            Set<Integer> recorded = new TreeSet<>();
            return Behaviors.receive(Command.class)
                    .onMessage(Answered.class, a -> {
                        int batch = batchOf(plan, a.result().jobId());
                        if (a.result() instanceof PricingJobResult.JobFailed failed) {
                            return fail(context, journal, "batch " + batch + " failed on " + failed.worker() + ": "
                                    + (failed.errors().isEmpty() ? failed.message() : failed.errors()));
                        }
                        PricingJobResult.BookValued valued = (PricingJobResult.BookValued) a.result();
                        if (batch >= 0 && recording.add(batch)) {
                            context.pipeToSelf(journal.batchValued(batch, valued.worker(), valued.engine(),
                                    results(valued.risks())), (ok, failure) -> new Recorded(batch, failure));
                        }
                        return Behaviors.same();
                    })
                    .onMessage(Recorded.class, r -> {
                        if (r.failure() != null) {
                            return fail(context, journal, "recording batch " + r.batch() + " failed: " + r.failure());
                        }
                        recorded.add(r.batch());
                        timers.startSingleTimer(Stalled.INSTANCE, stallTimeout);
                        if (recorded.size() == plan.batches()) {
                            timers.cancelAll();
                            context.pipeToSelf(journal.completed(), (ok, failure) -> new Finished(failure));
                        }
                        return Behaviors.same();
                    })
                    .onMessage(Finished.class, f -> {
                        if (f.failure() != null) {
                            context.getLog().warn("risk run {} could not be completed: {}", plan.runId(), f.failure().toString());
                        }
                        return Behaviors.stopped();
                    })
                    .onMessageEquals(Stalled.INSTANCE, () -> fail(context, journal,
                            "no batch was valued within " + stallTimeout.toSeconds() + " s (" + recorded.size() + " of "
                                    + plan.batches() + " done)"))
                    .build();
        }));
    }

    private static Behavior<Command> fail(ActorContext<Command> context, RunJournal journal, String reason) {
        context.getLog().warn("risk run failed: {}", reason);
        context.pipeToSelf(journal.failed(reason), (ok, failure) -> new Finished(failure));
        return Behaviors.receive(Command.class)
                .onMessage(Finished.class, f -> Behaviors.stopped())
                .onAnyMessage(m -> Behaviors.same())
                .build();
    }

    static String jobId(RunPlan plan, int batch) {
        return plan.runId() + "/" + batch;
    }

    private static int batchOf(RunPlan plan, String jobId) {
        String prefix = plan.runId() + "/";
        return jobId.startsWith(prefix) ? Integer.parseInt(jobId.substring(prefix.length())) : -1;
    }

    static List<ContractResult> results(List<ContractRisk> risks) {
        return risks.stream().map(r -> new ContractResult(r.contractId(), r.pv(), r.stdErr(), r.greeks().delta(),
                r.greeks().gamma(), r.greeks().vega(), r.greeks().theta(), r.greeks().rho())).toList();
    }
}

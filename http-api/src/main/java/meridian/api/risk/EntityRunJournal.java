package meridian.api.risk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import meridian.domain.risk.ContractResult;
import meridian.domain.risk.RiskRunSummary;
import meridian.pricing.cluster.RunJournal;
import meridian.write.common.CommandReply;
import meridian.write.risk.RiskRunEntity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityRef;

/** A run's journal is its event-sourced {@link RiskRunEntity}: each write is persisted before it is acknowledged. */
final class EntityRunJournal implements RunJournal {
    private final EntityRef<RiskRunEntity.Command> run;
    private final Duration timeout;

    EntityRunJournal(EntityRef<RiskRunEntity.Command> run, Duration timeout) {
        this.run = run;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<?> batchValued(int batch, String worker, String engine, List<ContractResult> results) {
        return accepted(run.ask(reply -> new RiskRunEntity.RecordBatch(batch, worker, engine, results, reply), timeout));
    }

    @Override
    public CompletionStage<?> completed() {
        return accepted(run.ask(RiskRunEntity.CompleteRun::new, timeout));
    }

    @Override
    public CompletionStage<?> failed(String reason) {
        return accepted(run.ask(reply -> new RiskRunEntity.FailRun(reason, reply), timeout));
    }

    private static CompletionStage<RiskRunSummary> accepted(CompletionStage<CommandReply<RiskRunSummary>> reply) {
        return reply.thenApply(r -> {
            if (r instanceof CommandReply.Accepted<RiskRunSummary> accepted) {
                return accepted.summary();
            }
            throw new IllegalStateException(((CommandReply.Rejected<RiskRunSummary>) r).reason());
        });
    }
}

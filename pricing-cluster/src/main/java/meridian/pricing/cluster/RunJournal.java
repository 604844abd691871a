package meridian.pricing.cluster;

import java.util.List;
import java.util.concurrent.CompletionStage;
import meridian.domain.risk.ContractResult;

/** Where a {@link RiskRunCoordinator} records a run's progress (the event-sourced risk run, on the write side). */
public interface RunJournal {
    CompletionStage<?> batchValued(int batch, String worker, String engine, List<ContractResult> results);

    CompletionStage<?> completed();

    CompletionStage<?> failed(String reason);
}

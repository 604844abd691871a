package meridian.domain.risk;

import java.time.LocalDate;
import java.util.List;
import meridian.domain.common.CborSerializable;

/**
 * What a risk run's commands answer: its size and progress without the contract list, so that replies stay small
 * across nodes however big the book.
 */
public record RiskRunSummary(String runId, String status, LocalDate valuationDate, int contracts, int batches,
                             int batchesDone, int paths, List<SkippedContract> skipped, List<MarketQuote> market)
        implements CborSerializable {

    public RiskRunSummary {
        skipped = List.copyOf(skipped);
        market = List.copyOf(market);
    }

    public static RiskRunSummary of(RiskRun run) {
        RiskRunEvent.RiskRunStarted s = run.started();
        if (s == null) {
            return new RiskRunSummary(null, run.status(), null, 0, 0, 0, 0, List.of(), List.of());
        }
        return new RiskRunSummary(s.runId(), run.status(), s.valuationDate(), s.contracts().size(), s.batches(),
                run.batchesDone().size(), s.paths(), s.skipped(), s.market());
    }
}

package meridian.domain.risk;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import meridian.domain.common.CborSerializable;

/** The record of one risk run: what was valued on which market, each batch's results, and how it ended. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = RiskRunEvent.RiskRunStarted.class, name = "RiskRunStarted"),
        @JsonSubTypes.Type(value = RiskRunEvent.BatchValued.class, name = "BatchValued"),
        @JsonSubTypes.Type(value = RiskRunEvent.RiskRunCompleted.class, name = "RiskRunCompleted"),
        @JsonSubTypes.Type(value = RiskRunEvent.RiskRunFailed.class, name = "RiskRunFailed")})
public sealed interface RiskRunEvent extends CborSerializable {
    String runId();

    String tenant();

    Instant at();

    /** {@code contracts} are split in order into batches of {@code batchSize}; batch numbers start at 0. */
    record RiskRunStarted(String runId, String tenant, String trigger, String requestedBy, LocalDate valuationDate,
                          int paths, long seed, int batchSize, List<RunContract> contracts, List<SkippedContract> skipped,
                          List<MarketQuote> market, Instant at) implements RiskRunEvent {
        public RiskRunStarted {
            contracts = List.copyOf(contracts);
            skipped = List.copyOf(skipped);
            market = List.copyOf(market);
        }

        public int batches() {
            return (contracts.size() + batchSize - 1) / batchSize;
        }
    }

    record BatchValued(String runId, String tenant, int batch, String worker, String engine,
                       List<ContractResult> results, Instant at) implements RiskRunEvent {
        public BatchValued {
            results = List.copyOf(results);
        }
    }

    record RiskRunCompleted(String runId, String tenant, long durationMs, Instant at) implements RiskRunEvent {
    }

    record RiskRunFailed(String runId, String tenant, String reason, long durationMs, Instant at) implements RiskRunEvent {
    }
}

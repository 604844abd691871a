package meridian.read.risk;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;

/** A risk run as read: its progress in batches and percent, the ETA (seconds) while running, and the market it used. */
public record RiskRunView(String runId, String status, String trigger, String requestedBy, LocalDate valuationDate,
                          Integer paths, int contracts, int batches, int batchesDone, double percent, Long etaSeconds,
                          String engine, Instant startedAt, Instant finishedAt, Long durationMs, String error,
                          JsonNode skipped, JsonNode market) {
}

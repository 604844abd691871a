package meridian.domain.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.Decision;
import meridian.domain.risk.RiskRunEvent.BatchValued;
import meridian.domain.risk.RiskRunEvent.RiskRunCompleted;
import meridian.domain.risk.RiskRunEvent.RiskRunFailed;
import meridian.domain.risk.RiskRunEvent.RiskRunStarted;

/**
 * A risk run's state: NotStarted → Running → Completed or Failed. Results live in the events (and the views); the
 * state keeps what progress needs. A batch recorded twice (a worker's answer redelivered) is a no-op.
 */
public record RiskRun(String status, RiskRunStarted started, Set<Integer> batchesDone, String engine,
                      Instant finishedAt, Long durationMs, String error) implements CborSerializable {

    public static final String NOT_STARTED = "NotStarted";
    public static final String RUNNING = "Running";
    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed";
    public static final RiskRun NONE = new RiskRun(NOT_STARTED, null, Set.of(), null, null, null, null);

    public RiskRun {
        batchesDone = Set.copyOf(batchesDone);
    }

    public Decision<RiskRunEvent> start(RiskRunStarted event) {
        if (!NOT_STARTED.equals(status)) {
            return started.equals(event) ? Decision.accept()
                    : Decision.reject("run " + started.runId() + " has already started (state " + status + ")");
        }
        if (event.contracts().isEmpty()) {
            return Decision.reject("the book has no contract to value");
        }
        return Decision.accept(event);
    }

    public Decision<RiskRunEvent> recordBatch(int batch, String worker, String engineName, List<ContractResult> results,
                                              Instant now) {
        if (!RUNNING.equals(status)) {
            return Decision.reject("run is not running (state " + status + ")");
        }
        if (batch < 0 || batch >= started.batches()) {
            return Decision.reject("batch " + batch + " is not one of the run's " + started.batches() + " batches");
        }
        if (batchesDone.contains(batch)) {
            return Decision.accept();
        }
        return Decision.accept(new BatchValued(started.runId(), started.tenant(), batch, worker, engineName, results, now));
    }

    public Decision<RiskRunEvent> complete(Instant now) {
        if (!RUNNING.equals(status)) {
            return COMPLETED.equals(status) ? Decision.accept() : Decision.reject("run is not running (state " + status + ")");
        }
        if (batchesDone.size() < started.batches()) {
            return Decision.reject("run has " + (started.batches() - batchesDone.size()) + " batches left");
        }
        return Decision.accept(new RiskRunCompleted(started.runId(), started.tenant(), elapsedMs(now), now));
    }

    public Decision<RiskRunEvent> fail(String reason, Instant now) {
        if (!RUNNING.equals(status)) {
            return Decision.reject("run is not running (state " + status + ")");
        }
        return Decision.accept(new RiskRunFailed(started.runId(), started.tenant(), reason, elapsedMs(now), now));
    }

    public RiskRun apply(RiskRunEvent event) {
        if (event instanceof RiskRunStarted s) {
            return new RiskRun(RUNNING, s, Set.of(), null, null, null, null);
        }
        if (event instanceof BatchValued b) {
            Set<Integer> done = new TreeSet<>(batchesDone);
            done.add(b.batch());
            return new RiskRun(status, started, done, b.engine(), finishedAt, durationMs, error);
        }
        if (event instanceof RiskRunCompleted c) {
            return new RiskRun(COMPLETED, started, batchesDone, engine, c.at(), c.durationMs(), null);
        }
        RiskRunFailed f = (RiskRunFailed) event;
        return new RiskRun(FAILED, started, batchesDone, engine, f.at(), f.durationMs(), f.reason());
    }

    private long elapsedMs(Instant now) {
        return Duration.between(started.at(), now).toMillis();
    }

    /** Percent of batches valued (0-100). */
    public static double percent(int done, int batches) {
        return batches == 0 ? 100.0 : 100.0 * done / batches;
    }

    /** Time left at the pace so far; null before the first batch. */
    public static Duration eta(Instant startedAt, int done, int batches, Instant now) {
        if (done == 0) {
            return null;
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Duration.ofMillis(elapsed * (batches - done) / done);
    }
}

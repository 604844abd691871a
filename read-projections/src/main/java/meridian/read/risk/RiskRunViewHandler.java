package meridian.read.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.risk.ContractResult;
import meridian.domain.risk.RiskRun;
import meridian.domain.risk.RiskRunEvent;
import meridian.domain.risk.RiskRunEvent.BatchValued;
import meridian.domain.risk.RiskRunEvent.RiskRunCompleted;
import meridian.domain.risk.RiskRunEvent.RiskRunFailed;
import meridian.domain.risk.RiskRunEvent.RiskRunStarted;
import meridian.domain.risk.RunContract;
import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * Keeps {@code risk_run} and {@code risk_result} in step with risk runs. Every write sets the columns its event owns
 * (batches done are a set), so replaying events leaves the same rows. PVs are reported rounded to cents.
 */
public final class RiskRunViewHandler extends Handler<EventEnvelope<RiskRunEvent>> {

    public static final String PROJECTION = "risk-run-view";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final CassandraSession session;
    private final String keyspace;

    public RiskRunViewHandler(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    @Override
    public CompletionStage<Done> process(EventEnvelope<RiskRunEvent> envelope) {
        RiskRunEvent event = envelope.event();
        if (event instanceof RiskRunStarted s) {
            return started(s);
        }
        if (event instanceof BatchValued b) {
            return valued(b);
        }
        if (event instanceof RiskRunCompleted c) {
            return session.executeWrite("UPDATE " + keyspace + ".risk_run SET status = ?, finished_at = ?, duration_ms = ?"
                    + " WHERE tenant = ? AND run_id = ?", RiskRun.COMPLETED, c.at(), c.durationMs(), c.tenant(), c.runId());
        }
        RiskRunFailed f = (RiskRunFailed) event;
        return session.executeWrite("UPDATE " + keyspace + ".risk_run SET status = ?, finished_at = ?, duration_ms = ?,"
                + " error = ? WHERE tenant = ? AND run_id = ?", RiskRun.FAILED, f.at(), f.durationMs(), f.reason(),
                f.tenant(), f.runId());
    }

    private CompletionStage<Done> started(RiskRunStarted s) {
        List<CompletableFuture<Done>> writes = new ArrayList<>();
        for (RunContract c : s.contracts()) {
            writes.add(session.executeWrite("UPDATE " + keyspace + ".risk_result SET underlying = ?, counterparty = ?"
                            + " WHERE tenant = ? AND run_id = ? AND contract_id = ?",
                    c.underlying(), c.counterparty(), s.tenant(), s.runId(), c.contractId()).toCompletableFuture());
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).thenCompose(done ->
                session.executeWrite("UPDATE " + keyspace + ".risk_run SET status = ?, trigger = ?, requested_by = ?,"
                                + " valuation_date = ?, paths = ?, batch_size = ?, batches = ?, contracts = ?, skipped = ?,"
                                + " market = ?, started_at = ? WHERE tenant = ? AND run_id = ?",
                        RiskRun.RUNNING, s.trigger(), s.requestedBy(), s.valuationDate(), s.paths(), s.batchSize(),
                        s.batches(), s.contracts().size(), json(s.skipped()), json(s.market()), s.at(), s.tenant(), s.runId()));
    }

    private CompletionStage<Done> valued(BatchValued b) {
        List<CompletableFuture<Done>> writes = new ArrayList<>();
        for (ContractResult r : b.results()) {
            writes.add(session.executeWrite("UPDATE " + keyspace + ".risk_result SET pv = ?, std_err = ?, delta = ?,"
                            + " gamma = ?, vega = ?, theta = ?, rho = ?, worker = ? WHERE tenant = ? AND run_id = ? AND contract_id = ?",
                    cents(r.pv()), r.stdErr(), r.delta(), r.gamma(), r.vega(), r.theta(), r.rho(), b.worker(),
                    b.tenant(), b.runId(), r.contractId()).toCompletableFuture());
        }
        return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).thenCompose(done ->
                session.executeWrite("UPDATE " + keyspace + ".risk_run SET batches_done = batches_done + ?, engine = ?"
                        + " WHERE tenant = ? AND run_id = ?", Set.of(b.batch()), b.engine(), b.tenant(), b.runId()));
    }

    static BigDecimal cents(double pv) {
        return BigDecimal.valueOf(pv).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

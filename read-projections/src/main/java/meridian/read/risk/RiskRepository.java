package meridian.read.risk;

import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import meridian.domain.risk.RiskRun;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Reads the risk views of one tenant: the live book, runs with progress, and results per contract. */
public final class RiskRepository {

    private final CassandraSession session;
    private final String keyspace;
    private final Clock clock;

    public RiskRepository(CassandraSession session, String keyspace, Clock clock) {
        this.session = session;
        this.keyspace = keyspace;
        this.clock = clock;
    }

    public CompletionStage<List<RiskBookEntry>> book(String tenant) {
        return session.selectAll("SELECT * FROM " + keyspace + ".risk_book WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(RiskRepository::entry).toList());
    }

    /** Tenants with at least one booked deal (the periodic revaluation's list). */
    public CompletionStage<List<String>> tenants() {
        return session.selectAll("SELECT DISTINCT tenant FROM " + keyspace + ".risk_book")
                .thenApply(rows -> rows.stream().map(r -> r.getString("tenant")).toList());
    }

    /** Every run of the tenant, newest first. */
    public CompletionStage<List<RiskRunView>> runs(String tenant) {
        return session.selectAll("SELECT * FROM " + keyspace + ".risk_run WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(this::run)
                        .sorted(Comparator.comparing(RiskRunView::startedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }

    public CompletionStage<Optional<RiskRunView>> run(String tenant, String runId) {
        return session.selectOne("SELECT * FROM " + keyspace + ".risk_run WHERE tenant = ? AND run_id = ?", tenant, runId)
                .thenApply(row -> row.map(this::run));
    }

    /** The newest completed run, whose results are the tenant's latest risk. */
    public CompletionStage<Optional<RiskRunView>> latestCompleted(String tenant) {
        return runs(tenant).thenApply(runs -> runs.stream().filter(r -> RiskRun.COMPLETED.equals(r.status())).findFirst());
    }

    public CompletionStage<List<ContractRiskView>> results(String tenant, String runId) {
        return session.selectAll("SELECT * FROM " + keyspace + ".risk_result WHERE tenant = ? AND run_id = ?", tenant, runId)
                .thenApply(rows -> rows.stream().map(RiskRepository::result).toList());
    }

    private static RiskBookEntry entry(Row row) {
        return new RiskBookEntry(row.getString("deal_id"), row.getString("underlying"), row.getString("counterparty"),
                row.getString("structure"), row.getBigDecimal("notional"), row.getLocalDate("start_date"),
                row.getLocalDate("expiry_date"), row.getString("product_json"), row.getInstant("booked_at"));
    }

    private RiskRunView run(Row row) {
        int batches = row.isNull("batches") ? 0 : row.getInt("batches");
        Set<Integer> done = row.getSet("batches_done", Integer.class);
        int batchesDone = done == null ? 0 : done.size();
        String status = row.getString("status");
        Instant started = row.getInstant("started_at");
        Long eta = null;
        if (RiskRun.RUNNING.equals(status) && started != null) {
            Duration left = RiskRun.eta(started, batchesDone, batches, clock.instant());
            eta = left == null ? null : left.toSeconds();
        }
        return new RiskRunView(row.getString("run_id"), status, row.getString("trigger"), row.getString("requested_by"),
                row.getLocalDate("valuation_date"), row.isNull("paths") ? null : row.getInt("paths"),
                row.isNull("contracts") ? 0 : row.getInt("contracts"), batches, batchesDone,
                Math.round(RiskRun.percent(batchesDone, batches) * 10) / 10.0, eta, row.getString("engine"), started,
                row.getInstant("finished_at"), row.isNull("duration_ms") ? null : row.getLong("duration_ms"),
                row.getString("error"), tree(row.getString("skipped")), tree(row.getString("market")));
    }

    private static ContractRiskView result(Row row) {
        return new ContractRiskView(row.getString("contract_id"), row.getString("underlying"), row.getString("counterparty"),
                row.getBigDecimal("pv"), number(row, "std_err"), number(row, "delta"), number(row, "gamma"),
                number(row, "vega"), number(row, "theta"), number(row, "rho"), row.getString("worker"));
    }

    private static Double number(Row row, String column) {
        return row.isNull(column) ? null : row.getDouble(column);
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? null : RiskRunViewHandler.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

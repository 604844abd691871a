package meridian.read.deal;

import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Reads booked deals: one by id, a counterparty's deals, and a counterparty's booked notional (for its limit). */
public final class DealRepository {

    private final CassandraSession session;
    private final String keyspace;

    public DealRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Optional<DealView>> byId(String tenant, String dealId) {
        return session.selectOne("SELECT * FROM " + keyspace + ".deal_view WHERE tenant = ? AND deal_id = ?", tenant, dealId)
                .thenApply(row -> row.map(DealRepository::toView));
    }

    public CompletionStage<List<DealView>> byCounterparty(String tenant, String counterparty) {
        return session.selectAll("SELECT deal_id FROM " + keyspace + ".deal_by_counterparty WHERE tenant = ? AND counterparty = ?",
                        tenant, counterparty)
                .thenCompose(rows -> {
                    List<CompletableFuture<Optional<DealView>>> deals = rows.stream()
                            .map(r -> byId(tenant, r.getString("deal_id")).toCompletableFuture()).toList();
                    return CompletableFuture.allOf(deals.toArray(CompletableFuture[]::new))
                            .thenApply(v -> deals.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList());
                });
    }

    public CompletionStage<BigDecimal> bookedNotional(String tenant, String counterparty) {
        return session.selectAll("SELECT notional FROM " + keyspace + ".deal_by_counterparty WHERE tenant = ? AND counterparty = ?",
                        tenant, counterparty)
                .thenApply(rows -> rows.stream().map(r -> r.getBigDecimal("notional")).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static DealView toView(Row r) {
        try {
            return new DealView(r.getString("deal_id"), r.getString("counterparty"), r.getString("rfq_id"),
                    r.getString("structure"), r.getString("underlying"), r.getBigDecimal("notional"),
                    DealViewHandler.JSON.readTree(r.getString("terms")), r.getString("booked_by"), r.getInstant("booked_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deal_view holds invalid terms", e);
        }
    }
}

package meridian.read.abs;

import com.datastax.oss.driver.api.core.cql.Row;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reads the ABS views of one tenant; another tenant's products are not there. */
public final class AbsProductRepository {

    private final CassandraSession session;
    private final String keyspace;

    public AbsProductRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    /** The manager's list: every product of the tenant, by id. */
    public CompletionStage<List<AbsViews.ManagerRow>> managerRows(String tenant) {
        return session.selectAll("SELECT summary FROM " + keyspace + ".abs_product_view WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(r -> AbsViewJson.read(r.getString("summary"), AbsViews.ManagerRow.class))
                        .sorted(Comparator.comparing(AbsViews.ManagerRow::productId)).toList());
    }

    /** The whole view document of one product (the manager's detail). */
    public CompletionStage<Optional<AbsProductDocument>> document(String tenant, String productId) {
        return session.selectOne("SELECT document FROM " + keyspace + ".abs_product_view WHERE tenant = ? AND product_id = ?",
                        tenant, productId)
                .thenApply(row -> row.map(r -> AbsViewJson.read(r.getString("document"), AbsProductDocument.class)));
    }

    /** The investor disclosure; empty when there is no such product or it is not offered yet. */
    public CompletionStage<Optional<AbsViews.Disclosure>> disclosure(String tenant, String productId) {
        return document(tenant, productId).thenApply(d -> d.map(AbsViews::disclosure));
    }

    /** The products offered to investors (bookbuilding or later). */
    public CompletionStage<List<AbsViews.Offered>> offered(String tenant) {
        return managerRows(tenant).thenApply(rows -> rows.stream()
                .filter(r -> !r.phase().equals("Origination") && !r.phase().equals("Structuring"))
                .map(AbsViews.Offered::of).toList());
    }

    /** Every periodic report of one product, latest first. */
    public CompletionStage<List<AbsViews.RegulatorReport>> reports(String tenant, String productId) {
        return session.selectAll("SELECT report FROM " + keyspace + ".abs_regulator_report WHERE tenant = ? AND product_id = ?",
                        tenant, productId)
                .thenApply(rows -> rows.stream().map(AbsProductRepository::report).toList());
    }

    /** The latest periodic report of every product that has one. */
    public CompletionStage<List<AbsViews.RegulatorReport>> latestReports(String tenant) {
        return session.selectAll("SELECT product_id FROM " + keyspace + ".abs_product_view WHERE tenant = ?", tenant)
                .thenCompose(rows -> {
                    List<CompletableFuture<Optional<AbsViews.RegulatorReport>>> latest = rows.stream()
                            .map(r -> session.selectOne("SELECT report FROM " + keyspace + ".abs_regulator_report"
                                            + " WHERE tenant = ? AND product_id = ? LIMIT 1", tenant, r.getString("product_id"))
                                    .thenApply(row -> row.map(AbsProductRepository::report)).toCompletableFuture())
                            .toList();
                    return CompletableFuture.allOf(latest.toArray(CompletableFuture[]::new)).thenApply(v -> latest.stream()
                            .map(CompletableFuture::join).flatMap(Optional::stream).toList());
                });
    }

    private static AbsViews.RegulatorReport report(Row row) {
        return AbsViewJson.read(row.getString("report"), AbsViews.RegulatorReport.class);
    }
}

package meridian.read.kyc;

import com.datastax.oss.driver.api.core.cql.Row;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.caseflow.KycStatus;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Reads the KYC views of one tenant; every query names the tenant, so other tenants' cases are invisible. */
public final class KycRepository {

    private final CassandraSession session;
    private final String keyspace;

    public KycRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Optional<KycCaseView>> byId(String tenant, String caseId) {
        return row(tenant, caseId).thenApply(row -> row.filter(r -> r.lastSeq() > 0).map(r -> new KycCaseView(r.tenant(),
                r.caseId(), r.state(), r.queueRole(), r.waitingSince(), r.firstSubmittedAt(), r.createdAt(), r.updatedAt())));
    }

    /** Cases waiting for {@code role}, the longest waiting first. */
    public CompletionStage<List<KycViewUpdate.QueueEntry>> queue(String tenant, KycRole role) {
        return session.selectAll("SELECT * FROM " + keyspace + ".kyc_review_queue WHERE tenant = ? AND role = ?",
                tenant, role.name()).thenApply(rows -> rows.stream().map(r -> new KycViewUpdate.QueueEntry(
                        r.getString("tenant"), KycRole.valueOf(r.getString("role")), r.getInstant("waiting_since"),
                        r.getString("case_id"), r.getString("institution_name"), r.getInstant("submitted_at"),
                        r.getString("rating"), r.getInt("unresolved_blocking_hits"), r.getInt("review_hits"),
                        r.getInt("news_hits"), r.isNull("professional_investor") ? null : r.getBoolean("professional_investor"),
                        r.getInt("round")))
                .toList());
    }

    public CompletionStage<List<KycViewUpdate.ClientCase>> clientCases(String tenant, String clientUserId) {
        return session.selectAll("SELECT * FROM " + keyspace + ".kyc_client_case WHERE tenant = ? AND client_user = ?",
                tenant, clientUserId).thenApply(rows -> rows.stream().map(r -> new KycViewUpdate.ClientCase(
                        r.getString("tenant"), r.getString("client_user"), r.getString("case_id"),
                        r.getString("institution_name"), KycStatus.valueOf(r.getString("status")), r.getInstant("updated_at")))
                .toList());
    }

    /** The audit trail of a case, in the order it happened. */
    public CompletionStage<List<KycViewUpdate.TimelineEntry>> timeline(String tenant, String caseId) {
        return session.selectAll("SELECT * FROM " + keyspace + ".kyc_timeline WHERE tenant = ? AND case_id = ?",
                tenant, caseId).thenApply(rows -> rows.stream().map(r -> new KycViewUpdate.TimelineEntry(
                        r.getString("tenant"), r.getString("case_id"), r.getLong("seq"), r.getInstant("at"),
                        r.getString("user_id"), KycRole.valueOf(r.getString("role")), r.getString("event"),
                        r.getString("summary")))
                .toList());
    }

    public CompletionStage<KycStatistics> statistics(String tenant) {
        return session.selectAll("SELECT * FROM " + keyspace + ".kyc_case_stats WHERE tenant = ?", tenant)
                .thenApply(rows -> KycStatistics.of(rows.stream().map(KycRepository::stats).toList()));
    }

    /** The ids of the tenant's cases in {@code status}. */
    public CompletionStage<List<String>> caseIdsIn(String tenant, KycStatus status) {
        return session.selectAll("SELECT case_id, status FROM " + keyspace + ".kyc_case_stats WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().filter(r -> status.name().equals(r.getString("status")))
                        .map(r -> r.getString("case_id")).toList());
    }

    CompletionStage<Optional<KycViewUpdate.CaseRow>> row(String tenant, String caseId) {
        return session.selectOne("SELECT * FROM " + keyspace + ".kyc_case WHERE tenant = ? AND case_id = ?", tenant, caseId)
                .thenApply(row -> row.map(r -> new KycViewUpdate.CaseRow(tenant, caseId, r.getLong("last_seq"),
                        KycJson.read(r.getString("state")), role(r.getString("queue_role")), r.getInstant("waiting_since"),
                        r.getInstant("first_submitted_at"), r.getInstant("created_at"), r.getInstant("updated_at"))));
    }

    private static KycViewUpdate.StatsRow stats(Row r) {
        return new KycViewUpdate.StatsRow(r.getString("tenant"), r.getString("case_id"), KycStatus.valueOf(r.getString("status")),
                r.getString("rating"), r.getInstant("submitted_at"), r.getInstant("approved_at"), r.getBoolean("screened"),
                r.getInt("block_hits"), r.getInt("review_hits"), r.getInt("true_matches"), r.getInt("false_positives"),
                r.getInt("news_hits"));
    }

    private static KycRole role(String name) {
        return name == null ? null : KycRole.valueOf(name);
    }
}

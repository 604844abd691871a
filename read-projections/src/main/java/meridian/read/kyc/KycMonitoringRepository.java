package meridian.read.kyc;

import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.WatchListEntry;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Reads a tenant's monitoring inputs as the monitoring projection stored them. */
public final class KycMonitoringRepository {

    /** One loaded list: whether it replaced the base list of that name, and its last change. */
    public record ListSummary(String list, boolean replaced, long version, Instant changedAt, String changedBy) {
    }

    /** The tenant's monitoring version, and how far re-screening has got. */
    public record Status(long version, Instant changedAt, long rescreenedVersion, int rescreenedCases, int alerts) {
        public static final Status NONE = new Status(0, null, 0, 0, 0);
    }

    private final CassandraSession session;
    private final String keyspace;

    public KycMonitoringRepository(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Status> status(String tenant) {
        return session.selectOne("SELECT * FROM " + keyspace + ".kyc_monitoring WHERE tenant = ?", tenant)
                .thenApply(row -> row.map(r -> new Status(r.getLong("version"), r.getInstant("changed_at"),
                        r.getLong("rescreened_version"), r.getInt("rescreened_cases"), r.getInt("alerts"))).orElse(Status.NONE));
    }

    public CompletionStage<List<ListSummary>> lists(String tenant) {
        return session.selectAll("SELECT * FROM " + keyspace + ".kyc_watch_list_source WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(KycMonitoringRepository::summary).toList());
    }

    public CompletionStage<Set<String>> replacedLists(String tenant) {
        return lists(tenant).thenApply(lists -> lists.stream().filter(ListSummary::replaced).map(ListSummary::list)
                .collect(Collectors.toSet()));
    }

    public CompletionStage<List<WatchListEntry>> entries(String tenant) {
        return session.selectAll("SELECT entry FROM " + keyspace + ".kyc_watch_list WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(r -> KycJson.readValue(r.getString("entry"), WatchListEntry.class)).toList());
    }

    public CompletionStage<List<NewsItem>> news(String tenant) {
        return session.selectAll("SELECT item FROM " + keyspace + ".kyc_news WHERE tenant = ?", tenant)
                .thenApply(rows -> rows.stream().map(r -> KycJson.readValue(r.getString("item"), NewsItem.class)).toList());
    }

    private static ListSummary summary(Row r) {
        return new ListSummary(r.getString("list"), !r.isNull("replaced") && r.getBoolean("replaced"), r.getLong("version"),
                r.getInstant("changed_at"), r.getString("changed_by"));
    }
}

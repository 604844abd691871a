package meridian.api.rfq;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import org.apache.pekko.Done;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/**
 * The quote each chat group may answer: written by the desk before the quote goes out to the chat, so that a client's
 * 成交 arriving right after the quote always finds it (the RFQ views are projections and may lag). One row per group:
 * a later quote in the same group replaces the earlier one. Whether the quote still stands is the RFQ entity's call.
 * Both the write and the read are LOCAL_QUORUM, so that the read sees the write on a replicated keyspace too.
 */
public final class OpenQuotes {

    private final CassandraSession session;
    private final String keyspace;

    public OpenQuotes(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    public CompletionStage<Done> record(String tenant, String groupId, String rfqId, Instant validUntil) {
        return session.executeWrite(quorum("INSERT INTO " + keyspace + ".rfq_open_quote (tenant, group_id, rfq_id,"
                + " valid_until) VALUES (?, ?, ?, ?)", tenant, groupId, rfqId, validUntil));
    }

    /** The RFQ id of the group's latest quote sent (or going out) to the chat. */
    public CompletionStage<Optional<String>> of(String tenant, String groupId) {
        return session.selectOne(quorum("SELECT rfq_id FROM " + keyspace + ".rfq_open_quote WHERE tenant = ?"
                + " AND group_id = ?", tenant, groupId)).thenApply(row -> row.map(r -> r.getString("rfq_id")));
    }

    private static SimpleStatement quorum(String cql, Object... values) {
        return SimpleStatement.newInstance(cql, values).setConsistencyLevel(DefaultConsistencyLevel.LOCAL_QUORUM);
    }
}

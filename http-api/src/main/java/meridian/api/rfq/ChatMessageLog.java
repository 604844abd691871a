package meridian.api.rfq;

import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

/** Each chat message id is taken once per group (a lightweight transaction), so a replayed webhook is refused, durably. */
public final class ChatMessageLog {

    private final CassandraSession session;
    private final String keyspace;

    public ChatMessageLog(CassandraSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    /** True when the message is new and now claimed; false for a replay. */
    public CompletionStage<Boolean> claim(String groupId, String messageId, Instant now) {
        return session.selectOne("INSERT INTO " + keyspace + ".rfq_chat_message (group_id, message_id, received_at)"
                        + " VALUES (?, ?, ?) IF NOT EXISTS", groupId, messageId, now)
                .thenApply(row -> row.map(r -> r.getBoolean("[applied]")).orElse(true));
    }

    /** After a failure the gateway should retry, the message id is released. */
    public CompletionStage<Done> release(String groupId, String messageId) {
        return session.executeWrite("DELETE FROM " + keyspace + ".rfq_chat_message WHERE group_id = ? AND message_id = ?",
                groupId, messageId);
    }
}

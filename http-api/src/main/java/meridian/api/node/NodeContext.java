package meridian.api.node;

import com.typesafe.config.Config;
import meridian.api.auth.TokenVerifier;
import meridian.api.http.IdempotencyStore;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.stream.connectors.cassandra.javadsl.CassandraSession;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** What an area needs to start its entities, projections and routes on this node. */
public record NodeContext(ActorSystem<?> system, Config config, CassandraSession session, String viewsKeyspace,
                          List<String> roles, Clock clock, TokenVerifier verifier, IdempotencyStore idempotency) {

    public Duration askTimeout() {
        return config.getDuration("meridian.ask-timeout");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

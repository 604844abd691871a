package meridian.write.common;

import org.apache.pekko.actor.typed.BackoffSupervisorStrategy;
import org.apache.pekko.actor.typed.SupervisorStrategy;

import java.time.Duration;


/** How every entity meets a failed write to the journal: it restarts with back-off and recovers once Cassandra is back. */
public final class PersistFailure {

    public static final BackoffSupervisorStrategy BACKOFF =
            SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.2);

    private PersistFailure() {
    }
}

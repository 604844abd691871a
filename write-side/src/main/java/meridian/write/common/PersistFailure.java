package meridian.write.common;

import org.apache.pekko.actor.typed.BackoffSupervisorStrategy;


/** How every entity meets a failed write to the journal: it restarts with back-off and recovers once Cassandra is back. */
public final class PersistFailure {

    public static final BackoffSupervisorStrategy BACKOFF =
            PersistFailure.BACKOFF;

    private PersistFailure() {
    }
}

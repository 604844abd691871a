package meridian.deploy.cassandra;

/** The embedded Cassandra could not be started; the message says why and where its log is. */
public class CassandraStartException extends RuntimeException {
    public CassandraStartException(String message) {
        super(message);
    }

    public CassandraStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

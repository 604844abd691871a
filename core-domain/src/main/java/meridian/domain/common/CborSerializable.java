package meridian.domain.common;

/**
 * Marker for everything that is persisted or crosses the cluster: events, snapshots, commands, replies.
 * Bound to Jackson CBOR in the Pekko configuration.
 */
public interface CborSerializable {
}

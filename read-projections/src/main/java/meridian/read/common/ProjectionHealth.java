package meridian.read.common;

import io.prometheus.client.Gauge;
import org.apache.pekko.projection.HandlerRecoveryStrategy;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.StatusObserver;
import org.apache.pekko.projection.eventsourced.EventEnvelope;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which projections run on this node, which failed, and how far behind the events they are
 * ({@code meridian_projection_lag_seconds}: now minus the timestamp of the last event processed).
 */
public final class ProjectionHealth {

    private static final Gauge LAG = Gauge.build()
            .name("meridian_projection_lag_seconds").help("Age of the last event a projection processed")
            .labelNames("projection").register();

    public enum Status { RUNNING, FAILED, STOPPED }

    private static final Map<String, Status> STATUS = new ConcurrentHashMap<>();

    private ProjectionHealth() {
    }

    public static <E> StatusObserver<EventEnvelope<E>> observer() {
        return new StatusObserver<>() {
            @Override
            public void started(ProjectionId id) {
                STATUS.put(id.id(), Status.RUNNING);
            }

            @Override
            public void failed(ProjectionId id, Throwable cause) {
                STATUS.put(id.id(), Status.FAILED);
            }

            @Override
            public void stopped(ProjectionId id) {
                STATUS.put(id.id(), Status.STOPPED);
            }

            @Override
            public void beforeProcess(ProjectionId id, EventEnvelope<E> envelope) {
            }

            @Override
            public void afterProcess(ProjectionId id, EventEnvelope<E> envelope) {
                LAG.labels(id.name()).set(Math.max(0, System.currentTimeMillis() - envelope.timestamp()) / 1000.0);
            }

            @Override
            public void offsetProgress(ProjectionId id, EventEnvelope<E> envelope) {
            }

            @Override
            public void error(ProjectionId id, EventEnvelope<E> envelope, Throwable cause, HandlerRecoveryStrategy strategy) {
            }
        };
    }

    /** Projection instances on this node that failed and have not restarted yet. */
    public static Set<String> failed() {
        return STATUS.entrySet().stream().filter(e -> e.getValue() == Status.FAILED)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public static Map<String, Status> all() {
        return Map.copyOf(STATUS);
    }
}

package meridian.write.common;

import io.prometheus.client.Counter;

/** Commands (by outcome) and events per entity type, for /metrics. */
public final class EntityMetrics {

    private static final Counter COMMANDS = Counter.build()
            .name("meridian_commands_total").help("Commands handled by entities")
            .labelNames("entity", "outcome").register();
    private static final Counter EVENTS = Counter.build()
            .name("meridian_events_total").help("Events persisted by entities")
            .labelNames("entity").register();

    private EntityMetrics() {
    }

    public static void accepted(String entity, int events) {
        COMMANDS.labels(entity, "accepted").inc();
        if (events > 0) {
            EVENTS.labels(entity).inc(events);
        }
    }

    public static void rejected(String entity) {
        COMMANDS.labels(entity, "rejected").inc();
    }
}

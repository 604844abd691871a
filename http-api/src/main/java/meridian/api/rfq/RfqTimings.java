package meridian.api.rfq;

import io.prometheus.client.Histogram;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an RFQ's time goes from message to quote: each step's duration goes to {@code meridian_rfq_step_seconds{step}}
 * and, per RFQ, into one log line written when the quote is stored (pending approval or approved by a desk rule).
 * Steps: {@code webhook} (signature to entity ack: binding lookup and the RfqReceived write), {@code parse},
 * {@code kyc} (eligibility and booked notional), {@code pricing}, and {@code store-*} (from the end of one step to the
 * start of the next: the event write and the hand-over in the entity).
 */
public final class RfqTimings {

    private static final Logger LOG = LoggerFactory.getLogger(RfqTimings.class);
    private static final int MAX_OPEN = 10_000;
    private static final Histogram STEPS = Histogram.build()
            .name("meridian_rfq_step_seconds").help("RFQ time per step from chat message to stored quote")
            .labelNames("step")
            .buckets(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
            .register();

    private final Map<String, Map<Long, String>> open = new ConcurrentHashMap<>();

    public void record(String rfqId, String step, long startNanos) {
        long nanos = System.nanoTime() - startNanos;
        STEPS.labels(step).observe(nanos / 1e9);
        if (open.size() > MAX_OPEN) {
            open.clear();
        }
        open.computeIfAbsent(rfqId, k -> new ConcurrentSkipListMap<>()).put(startNanos, step + " " + nanos / 1_000_000 + " ms");
    }

    /**
     * The quote is stored: logs the RFQ's steps in order with the total since the webhook began (or since
     * {@code receivedMillisAgo} when this node did not see the message, e.g. after a restart).
     */
    public void priced(String rfqId, long receivedMillisAgo) {
        Map<Long, String> steps = open.remove(rfqId);
        long totalMillis = steps == null || steps.isEmpty() ? receivedMillisAgo
                : (System.nanoTime() - ((ConcurrentSkipListMap<Long, String>) steps).firstKey()) / 1_000_000;
        STEPS.labels("total").observe(totalMillis / 1e3);
        LOG.info("RFQ {} priced {} ms after its message: {}", rfqId, totalMillis, steps == null ? "" : String.join(", ", steps.values()));
    }

    public void forget(String rfqId) {
        open.remove(rfqId);
    }
}

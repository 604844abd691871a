package meridian.pricing.cluster;

import org.apache.pekko.actor.typed.delivery.ConsumerController;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;

/**
 * The cluster's two queues of pricing work, each with its own dispatcher and workers: client quotes must not wait
 * behind a book revaluation's batches.
 */
public enum PricingLane {
    /** Risk runs and scenario grids: large batches, throughput first. */
    RISK("meridian-pricing-workers", "meridian-pricing-dispatcher"),
    /** RFQ legs: single prices and solves, latency first. */
    QUOTES("meridian-quote-workers", "meridian-quote-dispatcher");

    private final ServiceKey<ConsumerController.Command<PricingJob>> serviceKey;
    private final String dispatcherName;

    PricingLane(String serviceKeyId, String dispatcherName) {
        this.serviceKey = ServiceKey.create(ConsumerController.serviceKeyClass(), serviceKeyId);
        this.dispatcherName = dispatcherName;
    }

    public ServiceKey<ConsumerController.Command<PricingJob>> serviceKey() {
        return serviceKey;
    }

    String dispatcherName() {
        return dispatcherName;
    }

    /**
     * The name of a worker's ConsumerController, distinct per lane: Artery's large-message destinations match whole
     * path elements only, so this is how {@code /system/*}{@code /risk-consumer-controller} names the risk lane's alone.
     */
    String consumerName() {
        return name().toLowerCase(java.util.Locale.ROOT) + "-consumer-controller";
    }
}

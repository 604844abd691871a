package meridian.api.rfq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.read.rfq.RfqRepository;
import meridian.write.rfq.RfqEntity;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes RFQs a restart left without a running entity: prices and quotes past their validity (to expire them) and RFQs
 * stuck in a step for longer than {@link #STUCK}. The woken entity recovers and carries on by itself; waking twice is harmless.
 */
public final class RfqSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(RfqSweeper.class);
    static final Duration STUCK = Duration.ofSeconds(15);

    private RfqSweeper() {
    }

    public static void start(ActorSystem<?> system, RfqRepository rfqs, String tenant, Duration interval, Clock clock) {
        ClusterSharding sharding = ClusterSharding.get(system);
        system.scheduler().scheduleWithFixedDelay(interval, interval, () -> rfqs.active(tenant).whenComplete((all, failure) -> {
            if (failure != null) {
                LOG.debug("RFQ sweep skipped: {}", failure.toString());
                return;
            }
            Instant now = clock.instant();
            for (RfqRepository.ActiveRfq view : all) {
                if (due(view, now)) {
                    sharding.entityRefFor(RfqEntity.TYPE_KEY, RfqEntity.entityId(tenant, view.rfqId())).tell(new RfqEntity.Wake());
                }
            }
        }), system.executionContext());
    }

    static boolean due(RfqRepository.ActiveRfq view, Instant now) {
        RfqStatus status = RfqStatus.valueOf(view.status());
        if (status.closed()) {
            return false;
        }
        if (status.awaitsAPerson()) {
            return view.validUntil() != null && now.isAfter(view.validUntil());
        }
        return view.updatedAt() != null && view.updatedAt().plus(STUCK).isBefore(now);
    }
}

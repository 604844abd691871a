package meridian.api.risk;

import java.time.Clock;
import java.time.Duration;
import meridian.domain.risk.RiskRun;
import meridian.read.risk.RiskRepository;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revalues every tenant's live book every {@code revalue-interval} (one instance in the cluster, on a write node). A
 * tenant whose run is still running is left alone until it finishes; a run still running an hour after its start lost
 * its coordinator (its node went away) and is recorded as failed, so that the book is revalued again.
 */
final class RiskScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(RiskScheduler.class);
    private static final Duration RUNNING_GRACE = Duration.ofHours(1);

    private enum Tick { INSTANCE }

    private RiskScheduler() {
    }

    static void init(ActorSystem<?> system, RiskRunLauncher launcher, RiskRepository repository, Duration interval, Clock clock) {
        ClusterSingleton.get(system).init(SingletonActor.of(create(launcher, repository, interval, clock), "meridian-risk-scheduler")
                .withSettings(ClusterSingletonSettings.create(system).withRole("write")));
    }

    private static Behavior<Tick> create(RiskRunLauncher launcher, RiskRepository repository, Duration interval, Clock clock) {
        return Behaviors.withTimers(timers -> {
            timers.startTimerWithFixedDelay(Tick.INSTANCE, interval);
            return Behaviors.receiveMessage(tick -> {
                repository.tenants().thenAccept(tenants -> tenants.forEach(tenant -> revalue(launcher, repository, tenant, clock)))
                        .exceptionally(e -> {
                            LOG.warn("periodic revaluation could not list the books: {}", e.toString());
                            return null;
                        });
                return Behaviors.same();
            });
        });
    }

    private static void revalue(RiskRunLauncher launcher, RiskRepository repository, String tenant, Clock clock) {
        repository.runs(tenant).thenCompose(runs -> {
            runs.stream().filter(r -> RiskRun.RUNNING.equals(r.status()) && r.startedAt() != null
                            && r.startedAt().isBefore(clock.instant().minus(RUNNING_GRACE)))
                    .forEach(r -> launcher.abandon(tenant, r.runId(), "no coordinator finished the run within "
                            + RUNNING_GRACE.toMinutes() + " minutes"));
            boolean busy = runs.stream().anyMatch(r -> RiskRun.RUNNING.equals(r.status()) && r.startedAt() != null
                    && r.startedAt().isAfter(clock.instant().minus(RUNNING_GRACE)));
            if (busy) {
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }
            return launcher.launch(tenant, "SCHEDULED", "risk-scheduler",
                    new RiskRequests.RunRequest(null, null, null, null)).thenApply(reply -> {
                        if (reply instanceof meridian.write.common.CommandReply.Rejected<?> rejected) {
                            LOG.debug("no periodic run for {}: {}", tenant, rejected.reason());
                        }
                        return null;
                    });
        }).exceptionally(e -> {
            LOG.warn("periodic revaluation of {} failed to start: {}", tenant, e.toString());
            return null;
        });
    }
}

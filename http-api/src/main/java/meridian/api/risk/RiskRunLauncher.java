package meridian.api.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.risk.MarketSnapshot;
import meridian.domain.risk.RiskRunSummary;
import meridian.domain.risk.RiskRunEvent;
import meridian.pricing.book.BookRun;
import meridian.pricing.cluster.PricingDispatcher;
import meridian.pricing.cluster.RiskRunCoordinator;
import meridian.pricing.cluster.RunPlan;
import meridian.read.risk.RiskRepository;
import meridian.write.common.CommandReply;
import meridian.write.risk.MarketDataEntity;
import meridian.write.risk.RiskRunEntity;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityRef;

/**
 * Starts a risk run: the live book and the tenant's market snapshot are fixed into a {@code RiskRunStarted} event
 * (persisted before the caller hears of it), then a {@link RiskRunCoordinator} on this node drives the batches.
 */
final class RiskRunLauncher {
    static final ZoneId DESK_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(DESK_ZONE);

    private final ActorSystem<?> system;
    private final ClusterSharding sharding;
    private final RiskRepository repository;
    private final ActorRef<PricingDispatcher.Command> dispatcher;
    private final RiskSettings settings;
    private final Clock clock;
    private final Duration askTimeout;

    RiskRunLauncher(ActorSystem<?> system, RiskRepository repository, ActorRef<PricingDispatcher.Command> dispatcher,
                    RiskSettings settings, Clock clock, Duration askTimeout) {
        this.system = system;
        this.sharding = ClusterSharding.get(system);
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.clock = clock;
        this.askTimeout = askTimeout;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DESK_ZONE));
    }

    CompletionStage<MarketSnapshot> market(String tenant) {
        return sharding.entityRefFor(MarketDataEntity.TYPE_KEY, tenant).ask(MarketDataEntity.GetSnapshot::new, askTimeout);
    }

    /** Records a run whose coordinator is gone as failed. */
    CompletionStage<?> abandon(String tenant, String runId, String reason) {
        return new EntityRunJournal(sharding.entityRefFor(RiskRunEntity.TYPE_KEY, RiskRunEntity.entityId(tenant, runId)),
                askTimeout).failed(reason);
    }

    CompletionStage<CommandReply<RiskRunSummary>> launch(String tenant, String trigger, String by, RiskRequests.RunRequest request) {
        LocalDate valuationDate = request.valuationDate() != null ? request.valuationDate() : today();
        int paths = request.paths() != null ? request.paths() : settings.paths();
        long seed = request.seed() != null ? request.seed() : PriceRequest.DEFAULT_SEED;
        int batchSize = request.batchSize() != null ? request.batchSize() : settings.batchSize();
        return market(tenant).thenCombine(repository.book(tenant), (market, book) -> BookSnapshot.of(book, market, valuationDate))
                .thenCompose(snapshot -> {
                    String runId = "R" + RUN_ID.format(clock.instant()) + "-"
                            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
                    RiskRunEvent.RiskRunStarted started = new RiskRunEvent.RiskRunStarted(runId, tenant, trigger, by,
                            valuationDate, paths, seed, batchSize, snapshot.runContracts(), snapshot.skipped(),
                            snapshot.quotes(), clock.instant());
                    EntityRef<RiskRunEntity.Command> run =
                            sharding.entityRefFor(RiskRunEntity.TYPE_KEY, RiskRunEntity.entityId(tenant, runId));
                    return run.<CommandReply<RiskRunSummary>>ask(reply -> new RiskRunEntity.StartRun(started, reply), askTimeout)
                            .thenApply(reply -> {
                                if (reply instanceof CommandReply.Accepted<RiskRunSummary>) {
                                    RunPlan plan = new RunPlan(runId, snapshot.contracts(), snapshot.markets(),
                                            new BookRun(paths, seed, CalendarId.CN_SSE), batchSize);
                                    system.systemActorOf(RiskRunCoordinator.create(plan, dispatcher,
                                                    new EntityRunJournal(run, askTimeout), settings.stallTimeout()),
                                            "risk-run-" + runId, Props.empty());
                                }
                                return reply;
                            });
                });
    }
}

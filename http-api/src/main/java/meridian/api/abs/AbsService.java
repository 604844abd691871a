package meridian.api.abs;

import meridian.domain.abs.product.AbsProductState;
import meridian.domain.abs.product.AbsProductSummary;
import meridian.pricing.abs.coupon.CouponModel;
import meridian.pricing.abs.coupon.PastIssueCsv;
import meridian.pricing.abs.loss.LossSimulator;
import meridian.pricing.abs.loss.LossSimulators;
import meridian.write.abs.AbsProductEntity;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.japi.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What the ABS routes need besides the views: the product entities (commands and the state query the computations
 * start from), an executor for the engines (Pekko's blocking-I/O dispatcher, never the HTTP one), the CPU loss
 * simulator, and the coupon model, trained once on the shipped synthetic past issues when first needed.
 */
public final class AbsService {

    private static final Logger LOG = LoggerFactory.getLogger(AbsService.class);

    private final ClusterSharding sharding;
    private final Duration askTimeout;
    private final Executor engines;
    private final Clock clock;
    // The GPU loss engine where the jar has its PTX and a device is present, else the CPU one (logged once).
    private final LossSimulators.Choice lossEngine =
            LossSimulators.choose(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final AtomicReference<CompletableFuture<CouponModel>> couponModel = new AtomicReference<>();

    public AbsService(ActorSystem<?> system, Duration askTimeout, Clock clock) {
        this.sharding = ClusterSharding.get(system);
        this.askTimeout = askTimeout;
        this.engines = system.dispatchers().lookup(DispatcherSelector.blocking());
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public LossSimulator lossSimulator() {
        return lossEngine.simulator();
    }

    /** "CPU" or "GPU", recorded with each loss simulation. */
    public String lossEngineName() {
        return lossEngine.engine().toUpperCase(java.util.Locale.ROOT);
    }

    /** The product's whole state, as the computations need it. */
    public CompletionStage<AbsProductState> product(String tenant, String productId) {
        return entity(tenant, productId).ask(AbsProductEntity.GetProduct::new, askTimeout);
    }

    public CompletionStage<CommandReply<AbsProductSummary>> command(
            String tenant, String productId,
            Function<ActorRef<CommandReply<AbsProductSummary>>, AbsProductEntity.Command> message) {
        return entity(tenant, productId).ask(message::apply, askTimeout);
    }

    /** Runs an engine off the request threads. */
    public <T> CompletionStage<T> compute(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, engines);
    }

    /** The coupon model; the first call trains it (seconds), later ones share it. A failed training is retried next time. */
    public CompletionStage<CouponModel> couponModel() {
        CompletableFuture<CouponModel> current = couponModel.get();
        if (current != null && !current.isCompletedExceptionally()) return current;
        CompletableFuture<CouponModel> training = new CompletableFuture<>();
        if (!couponModel.compareAndSet(current, training)) return couponModel.get();
        CompletableFuture.runAsync(() -> {
            try {
                long started = System.nanoTime();
                CouponModel model = CouponModel.train(PastIssueCsv.loadSynthetic());
                LOG.info("coupon model trained on the synthetic past issues in {} ms", (System.nanoTime() - started) / 1_000_000);
                training.complete(model);
            } catch (RuntimeException e) {
                training.completeExceptionally(e);
            }
        }, engines);
        return training;
    }

    private org.apache.pekko.cluster.sharding.typed.javadsl.EntityRef<AbsProductEntity.Command> entity(String tenant, String productId) {
        return sharding.entityRefFor(AbsProductEntity.TYPE_KEY, AbsProductEntity.entityId(tenant, productId));
    }
}

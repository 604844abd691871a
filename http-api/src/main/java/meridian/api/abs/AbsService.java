package meridian.api.abs;

import meridian.domain.abs.product.AbsProductState;
import meridian.domain.abs.product.AbsProductSummary;
import meridian.pricing.abs.coupon.CouponModel;
import meridian.pricing.abs.coupon.PastIssueCsv;
import meridian.domain.abs.product.AbsProduct;
import meridian.domain.abs.product.LossSummary;
import meridian.pricing.abs.product.AbsProductEngines;
import meridian.pricing.cluster.ClusterLossSimulation;
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
 * start from), an executor for the engines (Pekko's blocking-I/O dispatcher, never the HTTP one), the loss simulation
 * on the pricing cluster's risk lane (GPU or CPU workers, any node), and the coupon model, trained once on the shipped
 * synthetic past issues when first needed.
 */
public final class AbsService {

    private static final Logger LOG = LoggerFactory.getLogger(AbsService.class);

    private final ClusterSharding sharding;
    private final Duration askTimeout;
    private final Executor engines;
    private final Clock clock;
    private final ClusterLossSimulation losses;
    private final AtomicReference<CompletableFuture<CouponModel>> couponModel = new AtomicReference<>();

    public AbsService(ActorSystem<?> system, Duration askTimeout, Clock clock, ClusterLossSimulation losses) {
        this.sharding = ClusterSharding.get(system);
        this.losses = losses;
        this.askTimeout = askTimeout;
        this.engines = system.dispatchers().lookup(DispatcherSelector.blocking());
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The product's credit losses, simulated in chunks by the risk lane's workers, with the engine ("CPU", "GPU" or
     * "CPU+GPU"), the workers and the chunks recorded.
     */
    public CompletionStage<LossSummary> losses(AbsProduct product, AbsProductEngines.LossRequest request) {
        return compute(() -> AbsProductEngines.lossRun(product, request)).thenCompose(run ->
                losses.simulate(run.portfolio(), run.model(), run.scenarios(), run.seed()).thenApply(result ->
                        AbsProductEngines.summary(run, result.simulation(), result.engine(), result.workers(),
                                result.chunks())));
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

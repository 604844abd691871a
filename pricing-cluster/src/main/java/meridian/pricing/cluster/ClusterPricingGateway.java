package meridian.pricing.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.PricingGateway;
import meridian.domain.pricing.api.SolveRequest;
import meridian.domain.pricing.api.SolveResponse;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.book.BookRun;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Scheduler;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/** Pricing by the cluster's workers: each call is one job queued at the {@link PricingDispatcher}. */
public final class ClusterPricingGateway implements PricingGateway {
    private final ActorRef<PricingDispatcher.Command> dispatcher;
    private final Scheduler scheduler;
    private final Duration timeout;

    public ClusterPricingGateway(ActorRef<PricingDispatcher.Command> dispatcher, Scheduler scheduler, Duration timeout) {
        this.dispatcher = dispatcher;
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<PriceResponse> price(PriceRequest request) {
        String json = RequestWire.write(request);
        return submit(replyTo -> new PricingJob.PriceJob(jobId(), json, replyTo))
                .thenApply(result -> ((PricingJobResult.Priced) result).response());
    }

    @Override
    public CompletionStage<SolveResponse> solve(SolveRequest request) {
        String json = RequestWire.write(request);
        return submit(replyTo -> new PricingJob.SolveJob(jobId(), json, replyTo))
                .thenApply(result -> ((PricingJobResult.Solved) result).response());
    }

    /** One batch of a book, valued by whichever worker pulls it. */
    public CompletionStage<PricingJobResult.BookValued> value(List<WireContract> contracts, Map<String, MarketData> markets,
                                                              BookRun run) {
        return submit(replyTo -> new PricingJob.BookBatchJob(jobId(), contracts, markets, run, replyTo))
                .thenApply(result -> (PricingJobResult.BookValued) result);
    }

    /** Scenarios [from, to) of a credit-loss run, simulated by whichever worker pulls the job. */
    public CompletionStage<PricingJobResult.LossesSimulated> losses(LossPoolWire pool, CreditLossModel model, int from,
                                                                    int to, long seed) {
        return submit(replyTo -> new PricingJob.LossJob(jobId(), pool, model, from, to, seed, replyTo))
                .thenApply(result -> (PricingJobResult.LossesSimulated) result);
    }

    public Duration timeout() {
        return timeout;
    }

    private CompletionStage<PricingJobResult> submit(java.util.function.Function<ActorRef<PricingJobResult>, PricingJob> job) {
        return AskPattern.<PricingDispatcher.Command, PricingJobResult>ask(dispatcher,
                        replyTo -> new PricingDispatcher.Submit(job.apply(replyTo)), timeout, scheduler)
                .thenApply(ClusterPricingGateway::successOrThrow);
    }

    private static PricingJobResult successOrThrow(PricingJobResult result) {
        if (result instanceof PricingJobResult.JobFailed failed) {
            if (!failed.errors().isEmpty()) {
                throw new ValidationException(failed.errors());
            }
            throw new IllegalStateException(failed.message());
        }
        return result;
    }

    private static String jobId() {
        return UUID.randomUUID().toString();
    }
}

package meridian.pricing.cluster;

import java.util.List;
import meridian.domain.common.ValidationException;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookEngine;
import meridian.pricing.abs.loss.LossSimulators;
import meridian.pricing.cluster.PricingJob.BookBatchJob;
import meridian.pricing.cluster.PricingJob.LossJob;
import meridian.pricing.cluster.PricingJob.PriceJob;
import meridian.pricing.cluster.PricingJob.SolveJob;

/** Runs one job on one engine, turning bad input and engine failures into a {@link PricingJobResult.JobFailed}. */
public final class JobExecutor {
    private final String worker;
    private final BookEngine engine;
    private final PricingService pricing;
    private final LossSimulators.Choice losses;

    /** A worker whose loss jobs run on the CPU loss engine, over every core. */
    public JobExecutor(String worker, BookEngine engine, PricingService pricing) {
        this(worker, engine, pricing, LossSimulators.cpu(Runtime.getRuntime().availableProcessors()));
    }

    public JobExecutor(String worker, BookEngine engine, PricingService pricing, LossSimulators.Choice losses) {
        this.worker = worker;
        this.engine = engine;
        this.pricing = pricing;
        this.losses = losses;
    }

    public String worker() {
        return worker;
    }

    public String engineName() {
        return engine.name();
    }

    public String lossEngineName() {
        return losses.engine();
    }

    public PricingJobResult execute(PricingJob job) {
        try {
            if (job instanceof PriceJob price) {
                return new PricingJobResult.Priced(job.jobId(), pricing.price(RequestWire.readPrice(price.requestJson())), worker);
            }
            if (job instanceof SolveJob solve) {
                return new PricingJobResult.Solved(job.jobId(), pricing.solve(RequestWire.readSolve(solve.requestJson())), worker);
            }
            if (job instanceof LossJob loss) {
                return new PricingJobResult.LossesSimulated(job.jobId(), loss.from(), losses.simulator().poolLosses(
                        loss.pool().toPortfolio(), loss.model(), loss.from(), loss.to(), loss.seed()), losses.engine(), worker);
            }
            BookBatchJob batch = (BookBatchJob) job;
            List<BookContract> contracts = batch.contracts().stream().map(WireContract::toContract).toList();
            return new PricingJobResult.BookValued(job.jobId(), engine.value(contracts, batch.markets(), batch.run()),
                    engine.name(), worker);
        } catch (ValidationException e) {
            return new PricingJobResult.JobFailed(job.jobId(), e.errors(), e.getMessage(), worker);
        } catch (RuntimeException e) {
            return new PricingJobResult.JobFailed(job.jobId(), List.of(), worker + " failed: " + e, worker);
        }
    }
}

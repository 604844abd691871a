package meridian.pricing.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import meridian.domain.common.ValidationException;
import meridian.pricing.abs.loss.CpuLossSimulator;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.abs.loss.LossSimulation;

/**
 * A Monte Carlo credit-loss run on the risk lane's workers: the scenarios are split into chunks, each chunk is one
 * {@link PricingJob.LossJob} pulled by any worker of the cluster, and the chunks' pool losses are merged in scenario
 * order and summarised here. Each scenario draws from its own stream keyed by (seed, scenario), so on CPU workers the
 * result equals {@link CpuLossSimulator} run in one piece.
 */
public final class ClusterLossSimulation {

    /** The outcome and how it was computed: the engines ("CPU", "GPU" or "CPU+GPU"), distinct workers and chunks. */
    public record Result(LossSimulation simulation, String engine, int workers, int chunks) {
    }

    /** A chunk that failed or got no answer in time; the message says which scenarios and why. */
    public static final class ChunkFailedException extends RuntimeException {
        ChunkFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ClusterPricingGateway gateway;
    private final int chunkScenarios;

    public ClusterLossSimulation(ClusterPricingGateway gateway, int chunkScenarios) {
        if (chunkScenarios < 1) throw new IllegalArgumentException("chunkScenarios must be at least 1");
        this.gateway = gateway;
        this.chunkScenarios = chunkScenarios;
    }

    public CompletionStage<Result> simulate(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        if (scenarios < 1) throw new IllegalArgumentException("scenarios must be at least 1");
        LossPoolWire pool = LossPoolWire.of(portfolio);
        List<CompletableFuture<PricingJobResult.LossesSimulated>> chunks = new ArrayList<>();
        for (int from = 0; from < scenarios; from += chunkScenarios) {
            int start = from;
            int end = Math.min(scenarios, from + chunkScenarios);
            chunks.add(gateway.losses(pool, model, start, end, seed).toCompletableFuture()
                    .handle((answer, failure) -> checked(answer, failure, start, end)));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<PricingJobResult.LossesSimulated> answers = chunks.stream().map(CompletableFuture::join).toList();
            double[] losses = new double[scenarios];
            for (PricingJobResult.LossesSimulated answer : answers) {
                System.arraycopy(answer.poolLosses(), 0, losses, answer.from(), answer.poolLosses().length);
            }
            String engines = answers.stream().map(a -> a.engine().toUpperCase(java.util.Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("+"));
            int workers = (int) answers.stream().map(PricingJobResult.LossesSimulated::worker).distinct().count();
            return new Result(CpuLossSimulator.summarise(portfolio, losses, seed), engines, workers, chunks.size());
        });
    }

    private PricingJobResult.LossesSimulated checked(PricingJobResult.LossesSimulated answer, Throwable failure,
                                                     int from, int to) {
        String scenarios = "loss scenarios [" + from + ", " + to + ")";
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                throw new ChunkFailedException(scenarios + " got no answer from the risk lane's workers within "
                        + gateway.timeout().toSeconds() + " s (no worker up, all busy, or the job could not be delivered)",
                        cause);
            }
            if (cause instanceof ValidationException invalid) {
                throw invalid;
            }
            throw new ChunkFailedException(scenarios + " failed: " + cause.getMessage(), cause);
        }
        if (answer.from() != from || answer.poolLosses().length != to - from) {
            throw new ChunkFailedException(scenarios + " were answered with " + answer.poolLosses().length
                    + " losses from " + answer.from() + " by " + answer.worker(), null);
        }
        return answer;
    }
}

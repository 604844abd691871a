package meridian.pricing.abs.loss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Monte Carlo credit losses on the CPU. Each scenario draws from its own generator, seeded from
 * (seed, scenario number), so results for a seed are the same whatever the number of threads.
 */
public final class CpuLossSimulator implements LossSimulator {
    private final int threads;

    public CpuLossSimulator(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    @Override
    public LossSimulation simulate(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        double[] losses = poolLosses(portfolio, model, scenarios, seed);
        return summarise(portfolio, losses, seed);
    }

    /** Pool loss per scenario, in scenario order. */
    public double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        if (scenarios < 1) throw new IllegalArgumentException("scenarios must be at least 1");
        return poolLosses(portfolio, model, 0, scenarios, seed);
    }

    @Override
    public double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int from, int to, long seed) {
        if (from < 0 || to <= from) throw new IllegalArgumentException("scenario range [" + from + ", " + to + ") is empty or negative");
        int scenarios = to - from;
        double[] losses = new double[scenarios];
        int chunks = Math.min(scenarios, threads * 8);
        if (threads == 1) {
            runScenarios(portfolio, model, seed, from, to, losses, from);
            return losses;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "abs-loss-mc");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int start = from + (int) ((long) scenarios * c / chunks);
                int end = from + (int) ((long) scenarios * (c + 1) / chunks);
                futures.add(pool.submit(() -> runScenarios(portfolio, model, seed, start, end, losses, from)));
            }
            for (Future<?> future : futures) future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return losses;
    }

    /** Scenarios [from, to) into {@code losses}, whose index 0 is the range's first scenario. */
    private static void runScenarios(LossPortfolio portfolio, CreditLossModel model, long seed, int from, int to,
                                     double[] losses, int offset) {
        double rho = model.correlation();
        double systematic = Math.sqrt(rho);
        double idiosyncratic = Math.sqrt(1 - rho);
        double recoveryMean = model.recoveryMeanPct() / 100;
        double recoverySd = model.recoveryStdDevPct() / 100;
        double[] threshold = portfolio.threshold;
        double[][] bucketBalances = portfolio.bucketBalances;
        for (int s = from; s < to; s++) {
            SplittableRandom random = new SplittableRandom(scenarioSeed(seed, s));
            double z = random.nextGaussian();
            double loss = 0;
            for (int b = 0; b < threshold.length; b++) {
                double p = Normal.cdf((threshold[b] - systematic * z) / idiosyncratic);
                double[] balances = bucketBalances[b];
                if (p <= 0) continue;
                if (p >= 1) {
                    for (double balance : balances) loss += balance * (1 - recovery(random, recoveryMean, recoverySd));
                    continue;
                }
                // Given Z the loans of a bucket default independently with probability p: jump from one
                // default to the next by a geometric gap instead of drawing a uniform per loan.
                double logSurvival = Math.log1p(-p);
                long next = -1;
                while (true) {
                    next += 1 + (long) (Math.log(1 - random.nextDouble()) / logSurvival);
                    if (next >= balances.length) break;
                    loss += balances[(int) next] * (1 - recovery(random, recoveryMean, recoverySd));
                }
            }
            losses[s - offset] = loss;
        }
    }

    private static double recovery(SplittableRandom random, double mean, double sd) {
        return sd == 0 ? mean : Math.min(1, Math.max(0, mean + sd * random.nextGaussian()));
    }

    /** A well-mixed seed per scenario (SplitMix64 finaliser), so that no two scenarios share a stream. */
    static long scenarioSeed(long seed, int scenario) {
        long z = seed + 0x9E3779B97F4A7C15L * (scenario + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Pool and tranche distributions; losses hit the most junior tranche first. */
    public static LossSimulation summarise(LossPortfolio portfolio, double[] poolLosses, long seed) {
        double[] sorted = poolLosses.clone();
        Arrays.sort(sorted);
        LossDistribution pool = LossDistribution.of(portfolio.poolBalance(), sorted);
        Map<String, LossDistribution> tranches = new LinkedHashMap<>();
        int count = portfolio.trancheNames.length;
        double[] attachment = new double[count];
        double below = 0;
        for (int k = count - 1; k >= 0; k--) {
            attachment[k] = below;
            below += portfolio.trancheBalance[k];
        }
        double[] trancheLosses = new double[sorted.length];
        for (int k = 0; k < count; k++) {
            double size = portfolio.trancheBalance[k];
            for (int s = 0; s < sorted.length; s++) {
                trancheLosses[s] = Math.min(size, Math.max(0, sorted[s] - attachment[k]));
            }
            tranches.put(portfolio.trancheNames[k], LossDistribution.of(size, trancheLosses));
        }
        return new LossSimulation(poolLosses.length, seed, pool, tranches);
    }
}

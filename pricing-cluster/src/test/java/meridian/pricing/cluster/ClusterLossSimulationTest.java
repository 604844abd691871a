package meridian.pricing.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import meridian.pricing.PricingService;
import meridian.pricing.abs.loss.CpuLossSimulator;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.abs.loss.LossSimulation;
import meridian.pricing.abs.loss.LossSimulator;
import meridian.pricing.abs.loss.LossSimulators;
import meridian.pricing.book.CpuBookEngine;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credit losses through the risk lane's dispatcher and workers: split into chunks, merged back exactly. */
class ClusterLossSimulationTest {

    private static final ExecutorService THREADS = Executors.newFixedThreadPool(3);
    private static final CreditLossModel MODEL = new CreditLossModel(0.2, 40, 20);
    /** One actor system per test: workers find their dispatcher by the lane's service key, one per system. */
    private final ActorTestKit kit = ActorTestKit.create();

    @AfterEach
    void stopKit() {
        kit.shutdownTestKit();
    }

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    private ClusterLossSimulation cluster(String name, int chunk, Duration timeout, LossSimulators.Choice... workers) {
        ActorRef<PricingDispatcher.Command> dispatcher = kit.spawn(PricingDispatcher.create(), name);
        for (int i = 0; i < workers.length; i++) {
            kit.spawn(PricingWorker.create(new JobExecutor(name + "-w" + i, new CpuBookEngine(new PricingService()),
                    new PricingService(), workers[i]), THREADS), name + "-worker-" + i);
        }
        return new ClusterLossSimulation(new ClusterPricingGateway(dispatcher, kit.system().scheduler(), timeout), chunk);
    }

    @Test
    void cpuWorkersGiveExactlyTheInProcessResultForTheSeed() {
        LossPortfolio portfolio = LossPools.portfolio(2_000, 5);
        ClusterLossSimulation cluster = cluster("exact", 1_000, Duration.ofSeconds(60),
                LossSimulators.cpu(1), LossSimulators.cpu(2));
        ClusterLossSimulation.Result result = cluster.simulate(portfolio, MODEL, 7_500, 99L).toCompletableFuture().join();
        LossSimulation direct = new CpuLossSimulator(2).simulate(portfolio, MODEL, 7_500, 99L);
        assertEquals(direct, result.simulation());
        assertTrue(direct.pool().expectedLoss() > 0);
        assertEquals(8, result.chunks());
        assertEquals("CPU", result.engine());
        assertTrue(result.workers() >= 1 && result.workers() <= 2, "workers " + result.workers());
    }

    @Test
    void aFailingWorkerFailsTheRunNamingTheScenarios() {
        LossSimulator broken = new LossSimulator() {
            @Override
            public LossSimulation simulate(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
                throw new IllegalStateException("device lost");
            }

            @Override
            public double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int from, int to, long seed) {
                throw new IllegalStateException("device lost");
            }
        };
        ClusterLossSimulation cluster = cluster("broken", 500, Duration.ofSeconds(30),
                new LossSimulators.Choice(broken, "gpu", "a device that fails"));
        CompletionException failed = assertThrows(CompletionException.class,
                () -> cluster.simulate(LossPools.portfolio(50, 1), MODEL, 1_000, 1L).toCompletableFuture().join());
        assertTrue(failed.getCause() instanceof ClusterLossSimulation.ChunkFailedException, failed.toString());
        assertTrue(failed.getCause().getMessage().contains("loss scenarios [0, 500) failed")
                && failed.getCause().getMessage().contains("device lost"), failed.getCause().getMessage());
    }

    @Test
    void noWorkerMeansAClearTimeoutNotAHang() {
        ClusterLossSimulation cluster = cluster("idle", 500, Duration.ofMillis(800));
        long start = System.nanoTime();
        CompletionException failed = assertThrows(CompletionException.class,
                () -> cluster.simulate(LossPools.portfolio(50, 1), MODEL, 600, 1L).toCompletableFuture().join());
        assertTrue((System.nanoTime() - start) / 1e9 < 10);
        assertTrue(failed.getCause().getMessage().contains("got no answer from the risk lane's workers within"),
                failed.getCause().getMessage());
    }

    @Test
    void lossJobsAndAnswersSurviveTheCborSerializer() {
        LossPortfolio portfolio = LossPools.portfolio(300, 3);
        TestProbe<PricingJobResult> probe = kit.createTestProbe();
        PricingJob.LossJob job = new PricingJob.LossJob("j1", LossPoolWire.of(portfolio), MODEL, 100, 200, 42L, probe.getRef());
        PricingJob.LossJob back = (PricingJob.LossJob) kit.serializationTestKit().verifySerialization(job, false);
        assertEquals(List.of("A", "B", "Sub"), back.pool().trancheNames());
        assertEquals(300, back.pool().loans());
        assertEquals(MODEL, back.model());
        assertEquals(job.replyTo(), back.replyTo());
        assertArrayEquals(new CpuLossSimulator(1).poolLosses(portfolio, MODEL, 100, 200, 42L),
                new CpuLossSimulator(1).poolLosses(back.pool().toPortfolio(), MODEL, back.from(), back.to(), back.seed()));
        PricingJobResult.LossesSimulated answer = new PricingJobResult.LossesSimulated("j1", 100, new double[] {1.5, 0, 3e7},
                "cpu", "w");
        PricingJobResult.LossesSimulated answered =
                (PricingJobResult.LossesSimulated) kit.serializationTestKit().verifySerialization(answer, false);
        assertArrayEquals(answer.poolLosses(), answered.poolLosses());
        assertEquals(List.of(100, "cpu", "w"), List.of(answered.from(), answered.engine(), answered.worker()));
    }
}

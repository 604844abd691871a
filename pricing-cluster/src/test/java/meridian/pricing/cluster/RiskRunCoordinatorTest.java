package meridian.pricing.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.risk.ContractResult;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.pde.CpuPlanEngine;
import meridian.pricing.scenario.PdeScenarioGrid;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RiskRunCoordinatorTest {

    private static final ActorTestKit KIT = ActorTestKit.create();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);
    private static ActorRef<PricingDispatcher.Command> dispatcher;

    @BeforeAll
    static void start() {
        dispatcher = KIT.spawn(PricingDispatcher.create(), "dispatcher");
        for (int i = 0; i < 2; i++) {
            KIT.spawn(PricingWorker.create(new JobExecutor("w" + i, new CpuBookEngine(new PricingService()),
                    new PricingService()), THREADS), "worker-" + i);
        }
    }

    @AfterAll
    static void stop() {
        KIT.shutdownTestKit();
        THREADS.shutdownNow();
    }

    /** Records what the coordinator writes, as the risk run entity would. */
    private static final class RecordingJournal implements RunJournal {
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        final List<ContractResult> results = Collections.synchronizedList(new ArrayList<>());
        final TestProbe<String> ends = KIT.createTestProbe();

        @Override
        public CompletionStage<?> batchValued(int batch, String worker, String engine, List<ContractResult> valued) {
            batches.add(batch);
            results.addAll(valued);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> completed() {
            ends.getRef().tell("completed");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> failed(String reason) {
            ends.getRef().tell("failed: " + reason);
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void everyBatchIsRecordedOnceThenTheRunCompletes() {
        List<WireContract> book = TestBook.contracts(TestBook.VANILLA, TestBook.DIGITAL, TestBook.BARRIER,
                TestBook.SHARKFIN, TestBook.ASIAN);
        RunPlan plan = new RunPlan("R1", book, TestBook.MARKETS, TestBook.RUN, 2);
        RecordingJournal journal = new RecordingJournal();
        KIT.spawn(RiskRunCoordinator.create(plan, dispatcher, journal, Duration.ofSeconds(60)), "run-R1");
        assertEquals("completed", journal.ends.receiveMessage(Duration.ofSeconds(60)));
        assertEquals(List.of(0, 1, 2), journal.batches.stream().sorted().toList());
        List<ContractRisk> direct = new CpuBookEngine(new PricingService())
                .value(book.stream().map(WireContract::toContract).toList(), TestBook.MARKETS, TestBook.RUN);
        assertEquals(RiskRunCoordinator.results(direct),
                journal.results.stream().sorted(java.util.Comparator.comparing(ContractResult::contractId)).toList());
    }

    @Test
    void aBatchThatCannotBeValuedFailsTheRunWithItsReason() {
        List<WireContract> book = TestBook.contracts(TestBook.VANILLA);
        RunPlan plan = new RunPlan("R2", book, Map.of("000905.SH", TestBook.MARKETS.get("000905.SH")), TestBook.RUN, 5);
        RecordingJournal journal = new RecordingJournal();
        KIT.spawn(RiskRunCoordinator.create(plan, dispatcher, journal, Duration.ofSeconds(60)), "run-R2");
        String end = journal.ends.receiveMessage(Duration.ofSeconds(60));
        assertTrue(end.startsWith("failed: batch 0 failed") && end.contains("000300.SH"), end);
    }

    @Test
    void aScenarioGridSumsTheBookOnEachBumpedMarket() {
        List<WireContract> book = TestBook.contracts(TestBook.VANILLA, TestBook.SNOWBALL, TestBook.DIGITAL);
        ClusterPricingGateway gateway = new ClusterPricingGateway(dispatcher, KIT.system().scheduler(), Duration.ofSeconds(60));
        List<Double> spots = List.of(-0.1, 0.0, 0.1);
        List<Double> vols = List.of(-0.05, 0.05);
        ScenarioGrid grid = new ScenarioGridRunner(gateway).run(book, TestBook.MARKETS, TestBook.RUN, spots, vols, 2)
                .toCompletableFuture().join();
        CpuBookEngine engine = new CpuBookEngine(new PricingService());
        for (int i = 0; i < spots.size(); i++) {
            for (int j = 0; j < vols.size(); j++) {
                Map<String, MarketData> bumped = ScenarioGridRunner.bump(TestBook.MARKETS, spots.get(i), vols.get(j));
                double expected = engine.value(book.stream().map(WireContract::toContract).toList(), bumped, TestBook.RUN)
                        .stream().mapToDouble(ContractRisk::pv).sum();
                assertEquals(expected, grid.pv()[i][j], 1e-6 * Math.abs(expected));
            }
        }
        // The book is long a call: more spot, more value.
        assertTrue(grid.pv()[2][1] > grid.pv()[0][1]);
        assertEquals("cpu", grid.engine());
    }

    @Test
    void aPdeScenarioGridSolvesWhatFitsAndSendsTheAsianToTheWorkers() {
        List<WireContract> book = TestBook.contracts(TestBook.VANILLA, TestBook.SNOWBALL, TestBook.PHOENIX, TestBook.ASIAN);
        ClusterPricingGateway gateway = new ClusterPricingGateway(dispatcher, KIT.system().scheduler(), Duration.ofSeconds(60));
        List<Double> spots = List.of(-0.1, 0.0, 0.1);
        List<Double> vols = List.of(-0.05, 0.05);
        PdeScenarioGrid pde = new PdeScenarioGrid(new CpuPlanEngine());
        ScenarioGrid grid = new ScenarioGridRunner(gateway, pde).runPde(book, TestBook.MARKETS, TestBook.RUN, spots, vols, 2)
                .toCompletableFuture().join();
        assertEquals("PDE+MC", grid.method());
        assertEquals(3, grid.pdeContracts());
        assertEquals(1, grid.mcContracts());
        assertEquals("pde-cpu+mc-cpu", grid.engine());
        List<BookContract> contracts = book.stream().map(WireContract::toContract).toList();
        PdeScenarioGrid.Result byPde = pde.value(contracts.subList(0, 3), TestBook.MARKETS, TestBook.RUN.calendar(), spots, vols);
        CpuBookEngine engine = new CpuBookEngine(new PricingService());
        for (int i = 0; i < spots.size(); i++) {
            for (int j = 0; j < vols.size(); j++) {
                Map<String, MarketData> bumped = ScenarioGridRunner.bump(TestBook.MARKETS, spots.get(i), vols.get(j));
                double asian = engine.value(contracts.subList(3, 4), bumped, TestBook.RUN).get(0).pv();
                assertEquals(byPde.pv()[i][j] + asian, grid.pv()[i][j], 1e-6 * 4_000_000);
            }
        }
        assertTrue(grid.fallbacks().get(0).reason().contains("ASIAN"), grid.fallbacks().toString());
    }
}

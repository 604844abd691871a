package meridian.api.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import meridian.domain.abs.Amortization;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;
import meridian.domain.abs.Tranche;
import meridian.pricing.PricingService;
import meridian.pricing.abs.loss.CpuLossSimulator;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.cluster.ClusterLossSimulation;
import meridian.pricing.cluster.ClusterPricingGateway;
import meridian.pricing.cluster.PricingDispatcher;
import meridian.pricing.cluster.PricingLane;
import meridian.pricing.cluster.PricingWorkers;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A 50,000-loan pool's loss job crosses Artery between two nodes with application.conf's own large-message settings
 * (read from the file, not copied): the risk dispatcher singleton on the first node, the only risk worker on the
 * second, started as production starts them. Without those settings the same job cannot be delivered.
 */
class LargeLossJobAcrossNodesTest {

    private static final CreditLossModel MODEL = new CreditLossModel(0.2, 40, 20);
    private static final LossPortfolio POOL = pool(50_000);
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);
    private static final List<ActorTestKit> NODES = new ArrayList<>();

    @AfterAll
    static void stop() {
        NODES.forEach(ActorTestKit::shutdownTestKit);
        THREADS.shutdownNow();
    }

    /** Artery as application.conf sets it (large-message lane included), on a free local port. */
    private static Config node(Config artery) {
        return ConfigFactory.parseString("""
                pekko.actor.provider = cluster
                pekko.remote.artery.canonical.hostname = "127.0.0.1"
                pekko.remote.artery.canonical.port = 0
                pekko.cluster.jmx.multi-mbeans-in-same-jvm = on
                pekko.cluster.roles = []
                pekko.loglevel = WARNING
                """).withFallback(artery);
    }

    private static Config applicationArtery() {
        return ConfigFactory.parseResources("application.conf").resolve().withOnlyPath("pekko.remote.artery");
    }

    /** Two nodes forming a cluster; the first, oldest, hosts the risk dispatcher, the second its only worker. */
    private static ActorTestKit[] cluster(String name, Config config) {
        ActorTestKit desk = ActorTestKit.create(name, config);
        ActorTestKit pricing = ActorTestKit.create(name, config);
        NODES.add(pricing);
        NODES.add(desk);
        Cluster first = Cluster.get(desk.system());
        first.manager().tell(Join.create(first.selfMember().address()));
        Cluster.get(pricing.system()).manager().tell(Join.create(first.selfMember().address()));
        desk.createTestProbe().awaitAssert(Duration.ofSeconds(30), () -> {
            assertEquals(2, StreamSupport.stream(first.state().getMembers().spliterator(), false)
                    .filter(m -> m.status() == MemberStatus.up()).count());
            return null;
        });
        PricingDispatcher.init(desk.system(), PricingLane.RISK);
        PricingWorkers.start(pricing.system(), List.of(new CpuBookEngine(new PricingService())), PricingLane.RISK, THREADS);
        return new ActorTestKit[] {desk, pricing};
    }

    private static ClusterLossSimulation losses(ActorTestKit node, int chunk, Duration timeout) {
        return new ClusterLossSimulation(new ClusterPricingGateway(PricingDispatcher.init(node.system(), PricingLane.RISK),
                node.system().scheduler(), timeout), chunk);
    }

    @Test
    void aFiftyThousandLoanPoolsLossJobIsSimulatedOnTheOtherNode() {
        Config artery = applicationArtery();
        assertEquals(24L << 20, artery.getBytes("pekko.remote.artery.advanced.maximum-large-frame-size"));
        assertTrue(artery.getStringList("pekko.remote.artery.large-message-destinations")
                .containsAll(List.of("/system/sharding/AbsProduct/*/*", "/system/sharding/KycMonitoring/*/*", "/temp/*")));
        ActorTestKit[] nodes = cluster("LossLane", node(artery));

        // From the dispatcher's node: the job (the whole pool) goes to the worker, the answer (40,000 losses, over
        // 256 KiB) comes back to the ask.
        ClusterLossSimulation.Result fromDesk = losses(nodes[0], 40_000, Duration.ofSeconds(90))
                .simulate(POOL, MODEL, 40_000, 11L).toCompletableFuture().join();
        assertEquals(new CpuLossSimulator(2).simulate(POOL, MODEL, 40_000, 11L), fromDesk.simulation());
        assertEquals(List.of("CPU", 1, 1), List.of(fromDesk.engine(), fromDesk.workers(), fromDesk.chunks()));
        assertTrue(fromDesk.simulation().pool().expectedLoss() > 0);

        // From the worker's node: the Submit (the whole pool) goes to the singleton on the other node first.
        ClusterLossSimulation.Result fromPricing = losses(nodes[1], 1_000, Duration.ofSeconds(90))
                .simulate(POOL, MODEL, 2_000, 12L).toCompletableFuture().join();
        assertEquals(new CpuLossSimulator(2).simulate(POOL, MODEL, 2_000, 12L), fromPricing.simulation());
        assertEquals(2, fromPricing.chunks());
    }

    @Test
    void withoutTheLargeMessageLaneTheJobIsNotDeliveredAndTheRunFailsClearly() {
        Config ordinary = ConfigFactory.parseString("pekko.remote.artery.large-message-destinations = []")
                .withFallback(applicationArtery());
        ActorTestKit[] nodes = cluster("NoLossLane", node(ordinary));
        CompletionException failed = assertThrows(CompletionException.class, () -> losses(nodes[0], 1_000,
                Duration.ofSeconds(6)).simulate(POOL, MODEL, 1_000, 11L).toCompletableFuture().join());
        assertTrue(failed.getCause().getMessage().contains("got no answer from the risk lane's workers within 6 s"),
                failed.getCause().getMessage());
    }

    /** Mostly short, well-rated loans: cheap to simulate, still losing something in most runs. */
    private static LossPortfolio pool(int loans) {
        SplittableRandom random = new SplittableRandom(50_000);
        String[] ratings = {"AA", "A", "BBB", "BB"};
        List<Loan> list = new ArrayList<>(loans);
        double total = 0;
        for (int i = 0; i < loans; i++) {
            BigDecimal balance = BigDecimal.valueOf(10_000 + random.nextInt(90_000));
            total += balance.doubleValue();
            list.add(new Loan("L" + i, balance, new BigDecimal("5"), 12 + random.nextInt(48), Amortization.LEVEL_PAY,
                    "O" + i, "Retail", "East", ratings[random.nextInt(ratings.length)]));
        }
        return LossPortfolio.of(new Pool(LocalDate.of(2026, 1, 31), list),
                List.of(new Tranche("A", BigDecimal.valueOf(total * 0.9), BigDecimal.ONE),
                        new Tranche("Sub", BigDecimal.valueOf(total * 0.1), null)));
    }
}

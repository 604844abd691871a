package meridian.pricing.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import meridian.pricing.PricingService;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes in one JVM, talking over Artery: the dispatcher on one, the only worker on the other, so every job,
 * reliable-delivery envelope and answer goes through the real serializers (Java serialization is off).
 */
class TwoNodePricingTest {

    private static final Config CLUSTER = ConfigFactory.parseString("""
            pekko.actor.provider = cluster
            pekko.remote.artery.canonical.hostname = "127.0.0.1"
            pekko.remote.artery.canonical.port = 0
            pekko.cluster.jmx.multi-mbeans-in-same-jvm = on
            pekko.loglevel = WARNING
            """);
    private static final ActorTestKit DESK = ActorTestKit.create("Meridian", CLUSTER);
    private static final ActorTestKit PRICING = ActorTestKit.create("Meridian", CLUSTER);
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        PRICING.shutdownTestKit();
        DESK.shutdownTestKit();
        THREADS.shutdownNow();
    }

    @Test
    void aBatchQueuedOnOneNodeIsValuedByTheWorkerOnTheOther() {
        Cluster desk = Cluster.get(DESK.system());
        desk.manager().tell(Join.create(desk.selfMember().address()));
        Cluster pricing = Cluster.get(PRICING.system());
        pricing.manager().tell(Join.create(desk.selfMember().address()));
        TestProbe<Object> wait = DESK.createTestProbe();
        wait.awaitAssert(Duration.ofSeconds(20), () -> {
            assertEquals(2, java.util.stream.StreamSupport.stream(desk.state().getMembers().spliterator(), false)
                    .filter(m -> m.status() == MemberStatus.up()).count());
            return null;
        });

        ActorRef<PricingDispatcher.Command> dispatcher = DESK.spawn(PricingDispatcher.create(), "dispatcher");
        PRICING.spawn(PricingWorker.create(new JobExecutor("remote-worker", new CpuBookEngine(new PricingService()),
                new PricingService()), THREADS), "worker");

        ClusterPricingGateway gateway = new ClusterPricingGateway(dispatcher, DESK.system().scheduler(), Duration.ofSeconds(60));
        List<WireContract> book = TestBook.contracts(TestBook.ALL.toArray(String[]::new));
        PricingJobResult.BookValued valued = gateway.value(book, TestBook.MARKETS, TestBook.RUN).toCompletableFuture().join();
        assertEquals("remote-worker", valued.worker());
        List<ContractRisk> direct = new CpuBookEngine(new PricingService())
                .value(book.stream().map(WireContract::toContract).toList(), TestBook.MARKETS, TestBook.RUN);
        assertEquals(direct, valued.risks());
        assertTrue(gateway.price(meridian.domain.pricing.api.PriceRequest.of(ProductWire.read(TestBook.VANILLA),
                TestBook.MARKETS.get("000300.SH")).withPaths(2_000)).toCompletableFuture().join().pv() > 0);
    }
}

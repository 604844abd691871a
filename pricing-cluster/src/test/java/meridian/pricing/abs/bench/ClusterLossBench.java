package meridian.pricing.abs.bench;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import meridian.pricing.PricingService;
import meridian.pricing.abs.loss.CreditLossModel;
import meridian.pricing.abs.loss.LossPortfolio;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.cluster.ClusterLossSimulation;
import meridian.pricing.cluster.ClusterPricingGateway;
import meridian.pricing.cluster.PricingDispatcher;
import meridian.pricing.cluster.PricingLane;
import meridian.pricing.cluster.PricingWorkers;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;

/**
 * The loss simulation as a Meridian node runs it: a one-node cluster with the risk lane's dispatcher singleton and
 * {@code workers} CPU risk workers (as started in production), chunks of 10,000 scenarios.
 */
final class ClusterLossBench implements AutoCloseable {
    private final ActorTestKit node;
    private final ExecutorService threads;
    private final ClusterLossSimulation losses;

    ClusterLossBench(int workers) {
        node = ActorTestKit.create("AbsBench", ConfigFactory.parseString("""
                pekko.actor.provider = cluster
                pekko.remote.artery.canonical.hostname = "127.0.0.1"
                pekko.remote.artery.canonical.port = 0
                pekko.loglevel = WARNING
                """));
        Cluster cluster = Cluster.get(node.system());
        cluster.manager().tell(Join.create(cluster.selfMember().address()));
        node.createTestProbe().awaitAssert(Duration.ofSeconds(30), () -> {
            if (!cluster.selfMember().status().equals(org.apache.pekko.cluster.MemberStatus.up())) throw new AssertionError("not up");
            return null;
        });
        threads = Executors.newFixedThreadPool(3 * workers);
        List<BookEngine> engines = new ArrayList<>();
        for (int i = 0; i < workers; i++) engines.add(new CpuBookEngine(new PricingService()));
        PricingWorkers.start(node.system(), engines, PricingLane.RISK, threads);
        losses = new ClusterLossSimulation(new ClusterPricingGateway(PricingDispatcher.init(node.system(), PricingLane.RISK),
                node.system().scheduler(), Duration.ofMinutes(30)), 10_000);
    }

    ClusterLossSimulation.Result simulate(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        return losses.simulate(portfolio, model, scenarios, seed).toCompletableFuture().join();
    }

    @Override
    public void close() {
        node.shutdownTestKit();
        threads.shutdownNow();
    }
}

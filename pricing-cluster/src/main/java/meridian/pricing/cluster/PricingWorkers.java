package meridian.pricing.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import meridian.pricing.PricingService;
import meridian.pricing.abs.loss.LossSimulators;
import meridian.pricing.book.BookEngine;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.cluster.typed.Cluster;

/**
 * Starts a node's workers of one lane as system actors {@code /system/pricing-worker-<lane>-<engine>-<i>}, each with
 * its ConsumerController child {@code <lane>-consumer-controller}: the risk lane's is a large-message destination in
 * application.conf, since its loss jobs carry whole loan pools. A GPU worker runs loss jobs on the GPU loss kernel where it can, a CPU worker on the CPU engine.
 */
public final class PricingWorkers {

    private PricingWorkers() {
    }

    /** One worker per engine; returns the workers' names. */
    public static List<String> start(ActorSystem<?> system, List<BookEngine> engines, PricingLane lane, Executor threads) {
        String node = Cluster.get(system).selfMember().address().hostPort();
        String prefix = lane.name().toLowerCase(Locale.ROOT);
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < engines.size(); i++) {
            BookEngine engine = engines.get(i);
            String name = prefix + "-" + engine.name() + "-" + i;
            JobExecutor executor = new JobExecutor(node + "/" + name, engine, new PricingService(),
                    LossSimulators.forWorker(engine.name(), cores));
            system.systemActorOf(PricingWorker.create(executor, threads, lane), "pricing-worker-" + name, Props.empty());
            names.add(node + "/" + name);
        }
        return names;
    }
}

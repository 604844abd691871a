package meridian.api.risk;

import java.util.ArrayList;
import java.util.List;
import meridian.api.http.ApiModule;
import meridian.api.node.MeridianArea;
import meridian.api.node.NodeContext;
import meridian.api.pricing.PricingArea;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.cluster.ClusterPricingGateway;
import meridian.pricing.cluster.PricingLane;
import meridian.pricing.gpu.BookEngines;
import meridian.pricing.gpu.PlanEngines;
import meridian.pricing.scenario.PdeScenarioGrid;
import meridian.pricing.cluster.PricingDispatcher;
import meridian.read.common.TaggedProjections;
import meridian.read.risk.RiskBookViewHandler;
import meridian.read.risk.RiskRepository;
import meridian.read.risk.RiskRunViewHandler;
import meridian.write.deal.DealEntity;
import meridian.write.risk.MarketDataEntity;
import meridian.write.risk.RiskRunEntity;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * Real-time risk: market data and risk run entities, the live-book and run views, the pricing workers (pricing
 * nodes), the cluster's work-pulling dispatcher and the periodic revaluation (singletons), and the routes.
 */
public final class RiskArea implements MeridianArea {

    private ActorRef<PricingDispatcher.Command> dispatcher;
    private RiskRunLauncher launcher;
    private RiskSettings settings;

    @Override
    public void start(NodeContext context) {
        settings = RiskSettings.from(context.config());
        MarketDataEntity.init(context.system(), context.clock());
        RiskRunEntity.init(context.system(), context.clock());
        if (context.hasRole("read")) {
            TaggedProjections.start(context.system(), RiskBookViewHandler.PROJECTION, DealEntity.TAGS.all(),
                    () -> new RiskBookViewHandler(context.session(), context.viewsKeyspace()));
            TaggedProjections.start(context.system(), RiskRunViewHandler.PROJECTION, RiskRunEntity.TAGS.all(),
                    () -> new RiskRunViewHandler(context.session(), context.viewsKeyspace()));
        }
        dispatcher = PricingDispatcher.init(context.system());
        if (context.hasRole("pricing")) {
            startWorkers(context);
        }
        RiskRepository repository = new RiskRepository(context.session(), context.viewsKeyspace(), context.clock());
        launcher = new RiskRunLauncher(context.system(), repository, dispatcher, settings, context.clock(), context.askTimeout());
        if (!settings.revalueInterval().isZero()) {
            RiskScheduler.init(context.system(), launcher, repository, settings.revalueInterval(), context.clock());
        }
    }

    private void startWorkers(NodeContext context) {
        PricingArea.startWorkers(context, workerEngines(), PricingLane.RISK);
    }

    /** One worker per engine of this node: the GPU's when the node has one (the choice is logged), and the CPU ones configured. */
    private List<BookEngine> workerEngines() {
        List<BookEngine> engines = new ArrayList<>();
        BookEngine best = BookEngines.best();
        if ("gpu".equals(best.name())) {
            engines.add(best);
        }
        for (int i = 0; i < settings.cpuWorkers(); i++) {
            engines.add(new CpuBookEngine(new PricingService()));
        }
        return engines;
    }

    @Override
    public ApiModule api(NodeContext context) {
        RiskRepository repository = new RiskRepository(context.session(), context.viewsKeyspace(), context.clock());
        ClusterPricingGateway gateway = new ClusterPricingGateway(dispatcher, context.system().scheduler(),
                settings.gridTimeout());
        return new RiskRoutes(context.system(), context.verifier(), context.idempotency(), repository, launcher, gateway,
                settings, context.askTimeout(), new PdeScenarioGrid(PlanEngines.choose().engine()));
    }
}

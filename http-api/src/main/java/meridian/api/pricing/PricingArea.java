package meridian.api.pricing;

import meridian.domain.pricing.api.PricingGateway;
import java.util.ArrayList;
import java.util.List;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.cluster.ClusterPricingGateway;
import meridian.pricing.cluster.PricingDispatcher;
import meridian.pricing.cluster.PricingLane;
import meridian.pricing.cluster.PricingWorkers;

import meridian.api.http.ApiModule;
import meridian.api.node.MeridianArea;
import meridian.api.node.NodeContext;
import meridian.pricing.PricingService;
import meridian.pricing.template.TemplatePricingService;
import meridian.read.common.TaggedProjections;
import meridian.read.security.SecurityRepository;
import meridian.read.template.TemplateRepository;
import meridian.read.template.TemplateViewHandler;
import meridian.write.template.StructureTemplateEntity;
import org.apache.pekko.actor.typed.DispatcherSelector;

import java.util.concurrent.Executor;

/** Pricing: the price and solve calls, and structure templates (entity, view projection, routes). */
public final class PricingArea implements MeridianArea {

    public static final String DISPATCHER = "meridian.pricing.dispatcher";

    @Override
    public void start(NodeContext context) {
        StructureTemplateEntity.init(context.system(), context.clock());
        if (context.hasRole("read")) {
            TaggedProjections.start(context.system(), TemplateViewHandler.PROJECTION, StructureTemplateEntity.TAGS.all(),
                    () -> new TemplateViewHandler(context.session(), context.viewsKeyspace()));
        }
        if (context.hasRole("pricing")) {
            startQuoteWorkers(context);
        }
    }

    /** CPU workers of the quote lane, on the pricing threads: RFQ legs never wait behind a risk run's batches. */
    private static void startQuoteWorkers(NodeContext context) {
        int workers = context.config().getInt("meridian.pricing.quote-workers");
        List<BookEngine> engines = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            engines.add(new CpuBookEngine(new PricingService()));
        }
        startWorkers(context, engines, PricingLane.QUOTES);
    }

    /** One pricing worker per engine on this node's pricing threads, pulling from the lane's dispatcher. */
    public static void startWorkers(NodeContext context, List<BookEngine> engines, PricingLane lane) {
        Executor threads = context.system().dispatchers().lookup(DispatcherSelector.fromConfig(DISPATCHER));
        PricingWorkers.start(context.system(), engines, lane, threads);
    }

    /** The quote lane of the pricing cluster, as the desk's pricing gateway. */
    public static PricingGateway quoteGateway(NodeContext context) {
        return new ClusterPricingGateway(PricingDispatcher.init(context.system(), PricingLane.QUOTES),
                context.system().scheduler(), context.config().getDuration("meridian.pricing.quote-timeout"));
    }

    @Override
    public ApiModule api(NodeContext context) {
        Executor pricing = context.system().dispatchers().lookup(DispatcherSelector.fromConfig(DISPATCHER));
        return new PricingRoutes(context.system(), context.verifier(), context.idempotency(),
                new SecurityRepository(context.session(), context.viewsKeyspace()),
                new TemplateRepository(context.session(), context.viewsKeyspace()),
                new PricingService(), TemplatePricingService.onBestEngine(), pricing, context.askTimeout());
    }
}

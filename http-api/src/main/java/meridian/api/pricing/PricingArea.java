package meridian.api.pricing;

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
    }

    @Override
    public ApiModule api(NodeContext context) {
        Executor pricing = context.system().dispatchers().lookup(DispatcherSelector.fromConfig(DISPATCHER));
        return new PricingRoutes(context.system(), context.verifier(), context.idempotency(),
                new SecurityRepository(context.session(), context.viewsKeyspace()),
                new TemplateRepository(context.session(), context.viewsKeyspace()),
                new PricingService(), new TemplatePricingService(), pricing, context.askTimeout());
    }
}

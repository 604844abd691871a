package meridian.api.abs;

import meridian.api.http.ApiModule;
import meridian.api.node.MeridianArea;
import meridian.api.node.NodeContext;
import meridian.read.abs.AbsProductRepository;
import meridian.read.abs.AbsProductViewHandler;
import meridian.read.common.TaggedProjections;
import meridian.pricing.cluster.ClusterLossSimulation;
import meridian.pricing.cluster.ClusterPricingGateway;
import meridian.pricing.cluster.PricingDispatcher;
import meridian.pricing.cluster.PricingLane;
import meridian.write.abs.AbsProductEntity;

/** ABS products: the product entity, the projection of its views, and the ABS routes. */
public final class AbsArea implements MeridianArea {

    @Override
    public void start(NodeContext context) {
        AbsProductEntity.init(context.system(), context.clock());
        if (context.hasRole("read")) {
            TaggedProjections.start(context.system(), AbsProductViewHandler.PROJECTION, AbsProductEntity.TAGS.all(),
                    () -> new AbsProductViewHandler(context.session(), context.viewsKeyspace()));
        }
    }

    @Override
    public ApiModule api(NodeContext context) {
        return new AbsRoutes(context.verifier(), context.idempotency(),
                new AbsService(context.system(), context.askTimeout(), context.clock(), losses(context)),
                new AbsProductRepository(context.session(), context.viewsKeyspace()));
    }

    /** Loss simulations go to the risk lane's dispatcher (the same singleton as risk runs; its proxy on this node). */
    private static ClusterLossSimulation losses(NodeContext context) {
        ClusterPricingGateway gateway = new ClusterPricingGateway(PricingDispatcher.init(context.system(), PricingLane.RISK),
                context.system().scheduler(), context.config().getDuration("meridian.abs.loss-timeout"));
        return new ClusterLossSimulation(gateway, context.config().getInt("meridian.abs.loss-chunk-scenarios"));
    }
}

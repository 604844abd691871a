package meridian.pricing;

import java.util.List;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ResolvedProduct;

/** A stateless pricer: resolved product and market data in, value out. */
public interface ProductPricer {
    PricingResult price(ResolvedProduct product, MarketData market);

    /** The product on several markets; Monte Carlo overrides it to share one draw of normals among them. */
    default List<PricingResult> priceAll(ResolvedProduct product, List<MarketData> markets) {
        return markets.stream().map(m -> price(product, m)).toList();
    }
}

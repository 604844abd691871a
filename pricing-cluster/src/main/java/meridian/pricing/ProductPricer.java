package meridian.pricing;

import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ResolvedProduct;

/** A stateless pricer: resolved product and market data in, value out. */
public interface ProductPricer {
    PricingResult price(ResolvedProduct product, MarketData market);
}

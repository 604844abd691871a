package meridian.pricing.greeks;

import meridian.domain.pricing.api.Greeks;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.PricingResult;
import meridian.pricing.ProductPricer;

/**
 * Greeks per the contract by revaluation with the same pricer (so Monte Carlo reuses its random numbers):
 * delta and gamma from the pricer when it has them (PDE grid), else central differences in spot;
 * vega, rho = PV change for +0.01 vol, +0.01 rate; theta = PV change when the valuation date rolls one calendar day.
 */
public final class BumpGreeks {
    public static final double VOL_BUMP = 0.01;
    public static final double RATE_BUMP = 0.01;

    private BumpGreeks() {
    }

    /** @param relativeSpotBump spot bump as a fraction of spot for the central differences */
    public static Greeks of(ProductPricer pricer, ResolvedProduct product, MarketData market, PricingResult base,
            double relativeSpotBump) {
        double delta;
        double gamma;
        if (base.delta() != null && base.gamma() != null) {
            delta = base.delta();
            gamma = base.gamma();
        } else {
            double h = relativeSpotBump * market.spot();
            double up = pricer.price(product, market.withSpot(market.spot() + h)).pv();
            double down = pricer.price(product, market.withSpot(market.spot() - h)).pv();
            delta = (up - down) / (2 * h);
            gamma = (up - 2 * base.pv() + down) / (h * h);
        }
        double vega = pricer.price(product, market.withVol(market.vol() + VOL_BUMP)).pv() - base.pv();
        double rho = pricer.price(product, market.withRate(market.rate() + RATE_BUMP)).pv() - base.pv();
        double theta;
        if (market.valuationDate().isBefore(product.schedule().expiryDate())) {
            theta = pricer.price(product, market.withValuationDate(market.valuationDate().plusDays(1))).pv() - base.pv();
        } else {
            theta = -base.pv(); // the last day: tomorrow the product has paid out
        }
        return new Greeks(delta, gamma, vega, theta, rho);
    }
}

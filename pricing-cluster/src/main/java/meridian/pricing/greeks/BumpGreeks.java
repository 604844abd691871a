package meridian.pricing.greeks;

import java.util.ArrayList;
import java.util.List;
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
        boolean gridGreeks = base.delta() != null && base.gamma() != null;
        double h = relativeSpotBump * market.spot();
        boolean expiring = !market.valuationDate().isBefore(product.schedule().expiryDate());
        List<MarketData> bumped = new ArrayList<>();
        bumped.add(market.withVol(market.vol() + VOL_BUMP));
        bumped.add(market.withRate(market.rate() + RATE_BUMP));
        if (!expiring) {
            bumped.add(market.withValuationDate(market.valuationDate().plusDays(1)));
        }
        if (!gridGreeks) {
            bumped.add(market.withSpot(market.spot() + h));
            bumped.add(market.withSpot(market.spot() - h));
        }
        List<PricingResult> values = pricer.priceAll(product, bumped);
        double vega = values.get(0).pv() - base.pv();
        double rho = values.get(1).pv() - base.pv();
        // On the expiry date the product pays out: tomorrow it is worth nothing.
        double theta = expiring ? -base.pv() : values.get(2).pv() - base.pv();
        double delta;
        double gamma;
        if (gridGreeks) {
            delta = base.delta();
            gamma = base.gamma();
        } else {
            int at = expiring ? 2 : 3;
            double up = values.get(at).pv();
            double down = values.get(at + 1).pv();
            delta = (up - down) / (2 * h);
            gamma = (up - 2 * base.pv() + down) / (h * h);
        }
        return new Greeks(delta, gamma, vega, theta, rho);
    }
}

package meridian.pricing.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.api.Greeks;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.Fixtures;
import meridian.pricing.PricingResult;
import meridian.pricing.ProductPricer;
import meridian.pricing.analytic.AnalyticPricer;
import meridian.pricing.analytic.BlackScholes;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.pde.PdePricer;
import meridian.domain.pricing.schedule.DayCount;
import org.junit.jupiter.api.Test;

/** Greeks as the contract defines them, checked against analytic derivatives and finite differences. */
class GreeksTest {
    private final MarketData market = Fixtures.market();
    private final ResolvedProduct call = Fixtures.resolve(Fixtures.vanilla(OptionType.CALL, 100, 12));
    private final double units = Fixtures.NOTIONAL / 100;

    private static Greeks greeks(ProductPricer pricer, ResolvedProduct product, MarketData market, double bump) {
        PricingResult base = pricer.price(product, market);
        return BumpGreeks.of(pricer, product, market, base, bump);
    }

    @Test
    void analyticGreeksMatchBlackScholesDerivativesAndTheContractsBumps() {
        double t = DayCount.act365f(market.valuationDate(), call.schedule().expiryDate());
        Greeks g = greeks(new AnalyticPricer(), call, market, 1e-4);
        assertEquals(units * BlackScholes.delta(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.25), g.delta(), 1e-6 * units);
        assertEquals(units * BlackScholes.gamma(100, 100, t, 0.02, 0.01, 0.25), g.gamma(), 1e-5 * units);
        double pv = units * BlackScholes.price(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.25);
        assertEquals(units * BlackScholes.price(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.26) - pv, g.vega(), 1e-6);
        assertEquals(units * BlackScholes.price(OptionType.CALL, 100, 100, t, 0.03, 0.01, 0.25) - pv, g.rho(), 1e-6);
        assertEquals(units * BlackScholes.price(OptionType.CALL, 100, 100, t - 1 / 365.0, 0.02, 0.01, 0.25) - pv,
                g.theta(), 1e-6);
    }

    @Test
    void pdeGridDeltaAndGammaMatchTheClosedForm() {
        double t = DayCount.act365f(market.valuationDate(), call.schedule().expiryDate());
        Greeks g = greeks(new PdePricer(), call, market, 1e-4);
        assertEquals(units * BlackScholes.delta(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.25), g.delta(), 1e-4 * units);
        assertEquals(units * BlackScholes.gamma(100, 100, t, 0.02, 0.01, 0.25), g.gamma(), 1e-3 * units * 0.016);
    }

    @Test
    void snowballGridDeltaMatchesAFiniteDifferenceOfRepricing() {
        ResolvedProduct snowball = Fixtures.resolve(Fixtures.snowball(6));
        PdePricer pde = new PdePricer();
        PricingResult base = pde.price(snowball, market);
        double h = 0.5;
        double up = pde.price(snowball, market.withSpot(100 + h)).pv();
        double down = pde.price(snowball, market.withSpot(100 - h)).pv();
        assertEquals((up - down) / (2 * h), base.delta(), 0.01 * Math.abs(base.delta()) + 5);
        assertEquals((up - 2 * base.pv() + down) / (h * h), base.gamma(), 0.05 * Math.abs(base.gamma()) + 5);
    }

    @Test
    void monteCarloGreeksUseCommonRandomNumbers() {
        double t = DayCount.act365f(market.valuationDate(), call.schedule().expiryDate());
        Greeks g = greeks(new McPricer(new MonteCarloEngine(), 20_000, 1L), call, market, 1e-2);
        double exactDelta = units * BlackScholes.delta(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.25);
        double pv = units * BlackScholes.price(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.25);
        double exactVega = units * BlackScholes.price(OptionType.CALL, 100, 100, t, 0.02, 0.01, 0.26) - pv;
        // With independent draws the bumped PVs would differ by ~±400 CNY of noise; shared draws keep it small.
        assertEquals(exactDelta, g.delta(), 0.02 * exactDelta);
        assertEquals(exactVega, g.vega(), 0.03 * exactVega);
    }
}

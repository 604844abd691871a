package meridian.pricing.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.Fixtures;
import meridian.pricing.PricingResult;
import meridian.pricing.analytic.AnalyticPricer;
import org.junit.jupiter.api.Test;

/** PDE within 1e-4 of notional of the closed form, with delta and gamma from the grid. */
class PdeAccuracyTest {
    private static final double TOLERANCE = 1e-4 * Fixtures.NOTIONAL;
    private final PdePricer pde = new PdePricer();
    private final AnalyticPricer analytic = new AnalyticPricer();

    private void assertMatchesClosedForm(Product product, MarketData market) {
        ResolvedProduct resolved = Fixtures.resolve(product);
        double exact = analytic.price(resolved, market).pv();
        PricingResult grid = pde.price(resolved, market);
        assertEquals(exact, grid.pv(), TOLERANCE, () -> product + " PDE " + grid.pv() + " vs " + exact);
        double h = 1e-3 * market.spot();
        double up = analytic.price(resolved, market.withSpot(market.spot() + h)).pv();
        double down = analytic.price(resolved, market.withSpot(market.spot() - h)).pv();
        double delta = (up - down) / (2 * h);
        assertEquals(delta, grid.delta(), 1e-3 * Fixtures.NOTIONAL / 100, "delta of " + product);
    }

    @Test
    void vanillas() {
        assertMatchesClosedForm(Fixtures.vanilla(OptionType.CALL, 100, 12), Fixtures.market());
        assertMatchesClosedForm(Fixtures.vanilla(OptionType.PUT, 90, 18), Fixtures.market(95, 0.35));
        assertMatchesClosedForm(Fixtures.vanilla(OptionType.CALL, 110, 1), Fixtures.market());
    }

    @Test
    void digitals() {
        assertMatchesClosedForm(Fixtures.digital(OptionType.CALL, 100), Fixtures.market());
        assertMatchesClosedForm(Fixtures.digital(OptionType.PUT, 95), Fixtures.market(98, 0.2));
    }

    @Test
    void continuousBarriersAsGridEdges() {
        assertMatchesClosedForm(Fixtures.barrier(OptionType.CALL, 100, 120, BarrierType.UP_OUT, 2,
                Observation.CONTINUOUS), Fixtures.market());
        assertMatchesClosedForm(Fixtures.barrier(OptionType.PUT, 100, 85, BarrierType.DOWN_OUT, 0,
                Observation.CONTINUOUS), Fixtures.market());
        assertMatchesClosedForm(Fixtures.barrier(OptionType.CALL, 100, 120, BarrierType.UP_IN, 1,
                Observation.CONTINUOUS), Fixtures.market());
        assertMatchesClosedForm(Fixtures.barrier(OptionType.PUT, 95, 80, BarrierType.DOWN_IN, 3,
                Observation.CONTINUOUS), Fixtures.market());
        assertMatchesClosedForm(Fixtures.sharkfin(Observation.CONTINUOUS), Fixtures.market());
    }

    @Test
    void barriersWatchedAtExpiry() {
        assertMatchesClosedForm(Fixtures.barrier(OptionType.CALL, 100, 120, BarrierType.UP_OUT, 2,
                Observation.EXPIRY), Fixtures.market());
        assertMatchesClosedForm(Fixtures.barrier(OptionType.PUT, 100, 85, BarrierType.DOWN_IN, 0,
                Observation.EXPIRY), Fixtures.market());
        assertMatchesClosedForm(Fixtures.sharkfin(Observation.EXPIRY), Fixtures.market());
    }
}

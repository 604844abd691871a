package meridian.pricing.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.Fixtures;
import meridian.pricing.PricingResult;
import meridian.pricing.analytic.AnalyticPricer;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import org.junit.jupiter.api.Test;

/** Independent engines agree on the discretely observed structures: PDE vs Monte Carlo on the same dates. */
class SnowballAgreementTest {
    private static final double AGREEMENT = 0.0005 * Fixtures.NOTIONAL;
    private final PdePricer pde = new PdePricer();
    private final MarketData market = Fixtures.market(100, 0.18);

    private void assertAgree(Product product, int paths) {
        ResolvedProduct resolved = Fixtures.resolve(product);
        PricingResult grid = pde.price(resolved, market);
        PricingResult mc = new McPricer(new MonteCarloEngine(), paths, 5L).price(resolved, market);
        // The estimate must be tight enough for the comparison to mean something.
        assertTrue(3 * mc.stdErr() < AGREEMENT, "MC standard error " + mc.stdErr());
        assertEquals(mc.pv(), grid.pv(), AGREEMENT,
                () -> product.type() + " PDE " + grid.pv() + " MC " + mc.pv() + " ± " + mc.stdErr());
    }

    @Test
    void snowballEnginesAgreeWithinFiveBasisPointsOfNotional() {
        assertAgree(Fixtures.snowball(3), 200_000);
    }

    @Test
    void phoenixEnginesAgreeWithinFiveBasisPointsOfNotional() {
        assertAgree(Fixtures.phoenix(3), 200_000);
    }

    @Test
    void dailyBarrierEnginesAgree() {
        assertAgree(Fixtures.barrier(OptionType.CALL, 100, 110, BarrierType.UP_OUT, 1, Observation.DAILY), 100_000);
        assertAgree(Fixtures.sharkfin(Observation.DAILY), 100_000);
    }

    @Test
    void dailyBarrierLiesBetweenExpiryAndContinuousWatching() {
        AnalyticPricer analytic = new AnalyticPricer();
        double daily = pde.price(Fixtures.resolve(Fixtures.sharkfin(Observation.DAILY)), market).pv();
        double continuous = analytic.price(Fixtures.resolve(Fixtures.sharkfin(Observation.CONTINUOUS)), market).pv();
        double expiryOnly = analytic.price(Fixtures.resolve(Fixtures.sharkfin(Observation.EXPIRY)), market).pv();
        assertTrue(continuous < daily && daily < expiryOnly, continuous + " < " + daily + " < " + expiryOnly);
    }
}

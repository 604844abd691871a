package meridian.pricing.mc;

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
import org.junit.jupiter.api.Test;

/** Monte Carlo within 3 standard errors of the closed forms; results independent of the thread count. */
class McAccuracyTest {
    private static final int PATHS = 40_000;
    private final McPricer mc = new McPricer(new MonteCarloEngine(), PATHS, 7L);
    private final AnalyticPricer analytic = new AnalyticPricer();
    private final MarketData market = Fixtures.market();

    private void assertWithinThreeStdErr(Product product) {
        ResolvedProduct resolved = Fixtures.resolve(product);
        PricingResult estimate = mc.price(resolved, market);
        double exact = analytic.price(resolved, market).pv();
        assertTrue(estimate.stdErr() > 0, "a standard error is reported");
        assertEquals(exact, estimate.pv(), 3 * estimate.stdErr(),
                () -> product.type() + " MC " + estimate.pv() + " ± " + estimate.stdErr() + " vs " + exact);
    }

    @Test
    void vanillaCallAndPut() {
        assertWithinThreeStdErr(Fixtures.vanilla(OptionType.CALL, 105, 12));
        assertWithinThreeStdErr(Fixtures.vanilla(OptionType.PUT, 95, 12));
    }

    @Test
    void digitals() {
        assertWithinThreeStdErr(Fixtures.digital(OptionType.CALL, 102));
        assertWithinThreeStdErr(Fixtures.digital(OptionType.PUT, 97));
    }

    @Test
    void continuousBarriersThroughTheBrownianBridge() {
        assertWithinThreeStdErr(Fixtures.barrier(OptionType.CALL, 100, 120, BarrierType.UP_OUT, 2, Observation.CONTINUOUS));
        assertWithinThreeStdErr(Fixtures.barrier(OptionType.PUT, 100, 85, BarrierType.DOWN_IN, 1, Observation.CONTINUOUS));
        assertWithinThreeStdErr(Fixtures.sharkfin(Observation.CONTINUOUS));
    }

    @Test
    void barriersWatchedAtExpiry() {
        assertWithinThreeStdErr(Fixtures.barrier(OptionType.CALL, 100, 115, BarrierType.UP_IN, 2, Observation.EXPIRY));
        assertWithinThreeStdErr(Fixtures.barrier(OptionType.PUT, 100, 90, BarrierType.DOWN_OUT, 0, Observation.EXPIRY));
    }

    @Test
    void sameNumbersWhateverTheThreadCount() {
        ResolvedProduct snowball = Fixtures.resolve(Fixtures.snowball(3));
        PricingResult parallel = new McPricer(new MonteCarloEngine(true), 5_000, 11L).price(snowball, market);
        PricingResult single = new McPricer(new MonteCarloEngine(false), 5_000, 11L).price(snowball, market);
        assertEquals(single.pv(), parallel.pv(), 0.0);
        assertEquals(single.stdErr(), parallel.stdErr(), 0.0);
    }

    @Test
    void asianControlVariateCutsTheErrorAndKeepsTheMean() {
        ResolvedProduct asian = Fixtures.resolve(Fixtures.asian(OptionType.CALL));
        McPricer.Simulation sim = McPricer.simulation(asian, market);
        PathPayoff plain = sim.payoff()::discountedValue;
        MonteCarloEngine engine = new MonteCarloEngine();
        McResult withControl = engine.run(market.spot(), sim.times(), market.rate(), market.dividendYield(),
                market.vol(), sim.payoff(), 3L, 20_000);
        McResult without = engine.run(market.spot(), sim.times(), market.rate(), market.dividendYield(),
                market.vol(), plain, 3L, 20_000);
        assertTrue(withControl.stdErr() * 5 < without.stdErr(), withControl + " vs " + without);
        assertEquals(without.value(), withControl.value(), 3 * without.stdErr());
    }
}

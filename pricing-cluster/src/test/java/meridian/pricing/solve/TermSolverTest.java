package meridian.pricing.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.api.SolveResponse;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Snowball;
import meridian.pricing.Fixtures;
import meridian.pricing.ProductPricer;
import meridian.pricing.analytic.AnalyticPricer;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.pde.PdePricer;
import org.junit.jupiter.api.Test;

class TermSolverTest {
    private final MarketData market = Fixtures.market();

    private static SolveResponse solve(ProductPricer pricer, Product product, SolveFor what, double target) {
        ResolvedProduct resolved = Fixtures.resolve(product);
        return TermSolver.solve(pricer, product, resolved.schedule(), Fixtures.market(), what, target);
    }

    @Test
    void fairSnowballCouponRepricesToTheTarget() {
        PdePricer pde = new PdePricer();
        Snowball snowball = Fixtures.snowball(6);
        SolveResponse fair = solve(pde, snowball, SolveFor.COUPON, 0.0);
        Snowball quoted = new Snowball(snowball.terms(), 103.0, 80.0, fair.value(), 0, null);
        assertEquals(0.0, pde.price(Fixtures.resolve(quoted), market).pv(), 1e-4);
        assertTrue(fair.value() > 0 && fair.value() < 50, "coupon " + fair.value());
        assertTrue(fair.iterations() < 15, "iterations " + fair.iterations());
    }

    @Test
    void monteCarloSolveIsExactOnItsOwnPaths() {
        McPricer mc = new McPricer(new MonteCarloEngine(), 4_000, 9L);
        SolveResponse fair = solve(mc, Fixtures.phoenix(3), SolveFor.COUPON, -2_000.0);
        var quoted = new meridian.domain.pricing.product.Phoenix(Fixtures.terms(3), 103.0, 80.0, fair.value(), 85.0, 0);
        assertEquals(-2_000.0, mc.price(Fixtures.resolve(quoted), market).pv(), 1e-3);
    }

    @Test
    void sharkfinParticipationAndVanillaStrike() {
        AnalyticPricer analytic = new AnalyticPricer();
        SolveResponse participation = solve(analytic, Fixtures.sharkfin(Observation.CONTINUOUS),
                SolveFor.PARTICIPATION, 30_000.0);
        assertEquals(30_000.0, participation.pv(), 1e-4);
        SolveResponse strike = solve(analytic, Fixtures.vanilla(OptionType.CALL, 100, 12), SolveFor.STRIKE, 50_000.0);
        assertEquals(50_000.0, analytic.price(Fixtures.resolve(Fixtures.vanilla(OptionType.CALL, strike.value(), 12)),
                market).pv(), 1e-4);
    }

    @Test
    void premiumIsThePvAboveTheTarget() {
        AnalyticPricer analytic = new AnalyticPricer();
        Product call = Fixtures.vanilla(OptionType.CALL, 100, 12);
        double pv = analytic.price(Fixtures.resolve(call), market).pv();
        assertEquals(pv - 1_000, solve(analytic, call, SolveFor.PREMIUM, 1_000).value(), 1e-9);
    }

    @Test
    void termsThatDoNotApplyOrCannotBeReachedAreNamed() {
        AnalyticPricer analytic = new AnalyticPricer();
        ValidationException wrongTerm = assertThrows(ValidationException.class,
                () -> solve(analytic, Fixtures.vanilla(OptionType.CALL, 100, 12), SolveFor.COUPON, 0));
        assertEquals("solveFor", wrongTerm.errors().get(0).field());
        ValidationException unreachable = assertThrows(ValidationException.class,
                () -> solve(analytic, Fixtures.vanilla(OptionType.CALL, 100, 12), SolveFor.STRIKE, 5 * Fixtures.NOTIONAL));
        assertEquals("targetPv", unreachable.errors().get(0).field());
    }
}

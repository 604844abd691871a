package meridian.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.schedule.DayCount;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.pde.PdePricer;
import org.junit.jupiter.api.Test;

/**
 * The contract's payoffs on a market that barely moves (vol 0.01%, no drift): every engine must pay exactly the
 * cash flows a reader of the contract computes by hand, on the right dates, with ACT/365F year fractions.
 */
class ContractPayoffTest {
    private static final double N = Fixtures.NOTIONAL;
    private static final double R = 0.03;
    private static final List<ProductPricer> ENGINES =
            List.of(new PdePricer(), new McPricer(new MonteCarloEngine(), 2_000, 1L));

    private static MarketData still(double spot) {
        return new MarketData(Fixtures.START, spot, 100.0, 0.0001, R, R);
    }

    private static double df(LocalDate date) {
        return Math.exp(-R * DayCount.act365f(Fixtures.START, date));
    }

    private static void assertEveryEngine(double expected, Product product, MarketData market) {
        ResolvedProduct resolved = Fixtures.resolve(product);
        for (ProductPricer engine : ENGINES) {
            assertEquals(expected, engine.price(resolved, market).pv(), 1e-6 * N,
                    () -> engine.getClass().getSimpleName() + " on " + product);
        }
    }

    @Test
    void snowballWithoutEventsPaysTheDividendCouponAtExpiry() {
        Snowball snowball = new Snowball(Fixtures.terms(6), 103, 80, 12, 0, 8.0);
        LocalDate expiry = Fixtures.resolve(snowball).schedule().expiryDate();
        assertEveryEngine(N * 0.08 * DayCount.act365f(Fixtures.START, expiry) * df(expiry), snowball, still(100));
    }

    @Test
    void snowballKnocksOutOnTheFirstMonthAfterTheLock() {
        Snowball snowball = new Snowball(Fixtures.terms(6), 103, 80, 12, 3, null);
        LocalDate third = Fixtures.resolve(snowball).schedule().monthlyDate(3);
        assertEveryEngine(N * 0.12 * DayCount.act365f(Fixtures.START, third) * df(third), snowball, still(104));
    }

    @Test
    void knockedInSnowballLosesTheFallAtExpiry() {
        Snowball snowball = new Snowball(Fixtures.terms(6), 103, 80, 12, 0, null);
        LocalDate expiry = Fixtures.resolve(snowball).schedule().expiryDate();
        assertEveryEngine(-N * (1 - 0.70) * df(expiry), snowball, still(70));
    }

    @Test
    void phoenixPaysAMonthlyCouponAboveTheCouponBarrier() {
        Phoenix phoenix = new Phoenix(Fixtures.terms(6), 103, 80, 9, 85, 0);
        double coupons = 0;
        for (LocalDate date : Fixtures.resolve(phoenix).schedule().monthlyDates()) {
            coupons += N * 0.09 / 12 * df(date);
        }
        assertEveryEngine(coupons, phoenix, still(100));
        assertEveryEngine(0.0, phoenix, still(84));
    }

    @Test
    void phoenixKnockOutPaysThatMonthsCouponAndEnds() {
        Phoenix phoenix = new Phoenix(Fixtures.terms(6), 103, 80, 9, 85, 2);
        List<LocalDate> months = Fixtures.resolve(phoenix).schedule().monthlyDates();
        assertEveryEngine(N * 0.09 / 12 * (df(months.get(0)) + df(months.get(1))), phoenix, still(104));
    }

    @Test
    void sharkfinPaysParticipationBelowTheBarrierAndTheRebateAbove() {
        Sharkfin fin = new Sharkfin(Fixtures.terms(6), OptionType.CALL, 100, 115, 80, 1.5, Observation.DAILY);
        LocalDate expiry = Fixtures.resolve(fin).schedule().expiryDate();
        assertEveryEngine(N * 0.80 * (110.0 / 100 - 1.0) * df(expiry), fin, still(110));
        assertEveryEngine(N * 0.015 * df(expiry), fin, still(116));
    }
}

package meridian.api.rfq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.typesafe.config.ConfigFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.PricingGateway;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.api.SolveRequest;
import meridian.domain.pricing.api.SolveResponse;
import meridian.domain.rfq.desk.DeskRules;
import meridian.domain.rfq.desk.LegPricer;
import meridian.domain.rfq.desk.LegProduct;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Side;
import meridian.domain.rfq.parse.SolveFor;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;
import meridian.pricing.LocalPricingGateway;
import meridian.pricing.PricingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The desk's quotes against the real pricing service: spreads taken the desk's way, solved terms at budget less spread. */
class LegPricerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final RfqSettings SETTINGS = RfqSettings.from(ConfigFactory.load());
    private static final PricingService SERVICE = new PricingService();
    private static final LegPricer PRICER = new LegPricer(new LocalPricingGateway(SERVICE, POOL), SETTINGS.rules(),
            SETTINGS.market(), code -> true);

    @AfterAll
    static void stop() {
        POOL.shutdown();
    }

    @Test
    void aBuyerPaysFairValuePlusTheSpreadAndASellerGetsFairValueLessIt() {
        RfqLeg buy = leg(Structure.VANILLA, Side.CLIENT_BUY, SolveFor.PREMIUM, Tenor.months(1));
        RfqLeg sell = leg(Structure.VANILLA, Side.CLIENT_SELL, SolveFor.PREMIUM, Tenor.months(1));
        double fair = pvPct(buy, null);
        BigDecimal spread = SETTINGS.rules().spread(Structure.VANILLA);
        assertTrue(spread.signum() > 0, "the desk configures a vanilla spread");

        List<LegQuote> quotes = PRICER.price(List.of(buy, sell), TODAY).toCompletableFuture().join();

        // quotes are in percent with two decimals
        assertEquals(0, quotes.get(0).leg());
        assertEquals(fair + spread.doubleValue(), quotes.get(0).valuePct().doubleValue(), 0.005 + 1e-12);
        assertEquals(1, quotes.get(1).leg());
        assertEquals(fair - spread.doubleValue(), quotes.get(1).valuePct().doubleValue(), 0.005 + 1e-12);
        assertTrue(quotes.get(0).valuePct().compareTo(quotes.get(1).valuePct()) > 0);
    }

    @Test
    void aSnowballsSolvedCouponLeavesTheClientAtTheBudgetLessTheSpread() {
        RfqLeg snowball = leg(Structure.SNOWBALL, Side.CLIENT_BUY, SolveFor.COUPON, Tenor.months(12));
        DeskRules rules = SETTINGS.rules();
        double target = rules.budget(Structure.SNOWBALL).subtract(rules.spread(Structure.SNOWBALL)).doubleValue();

        BigDecimal coupon = PRICER.price(List.of(snowball), TODAY).toCompletableFuture().join().get(0).valuePct();

        assertTrue(coupon.doubleValue() > 0 && coupon.doubleValue() < 100, coupon.toPlainString());
        // the coupon is quoted with two decimals: the exact solution lies within half a hundredth of a percent
        BigDecimal half = new BigDecimal("0.005");
        double below = pvPct(snowball, coupon.subtract(half));
        double above = pvPct(snowball, coupon.add(half));
        assertTrue(below <= target && target <= above, below + " <= " + target + " <= " + above);
        assertEquals(target, pvPct(snowball, coupon), above - below);
    }

    @Test
    void aSnowballCouponIsSolvedFromTwoPricingsAndAgreesWithTheRootFinder() {
        RfqLeg snowball = leg(Structure.SNOWBALL, Side.CLIENT_BUY, SolveFor.COUPON, Tenor.months(12));
        AtomicInteger prices = new AtomicInteger();
        AtomicInteger solves = new AtomicInteger();
        LocalPricingGateway real = new LocalPricingGateway(SERVICE, POOL);
        PricingGateway counting = new PricingGateway() {
            @Override
            public CompletionStage<PriceResponse> price(PriceRequest request) {
                prices.incrementAndGet();
                return real.price(request);
            }

            @Override
            public CompletionStage<SolveResponse> solve(SolveRequest request) {
                solves.incrementAndGet();
                return real.solve(request);
            }
        };
        LegPricer pricer = new LegPricer(counting, SETTINGS.rules(), SETTINGS.market(), code -> true);

        BigDecimal coupon = pricer.price(List.of(snowball), TODAY).toCompletableFuture().join().get(0).valuePct();

        assertEquals(2, prices.get());
        assertEquals(0, solves.get());
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.set("product", LegProduct.of(snowball, TODAY, SETTINGS.rules(), null));
        request.set("market", SETTINGS.market().json(snowball.underlying(), TODAY));
        request.put("solveFor", "COUPON");
        DeskRules rules = SETTINGS.rules();
        request.put("targetPv", rules.budget(Structure.SNOWBALL).subtract(rules.spread(Structure.SNOWBALL))
                .multiply(rules.notional(snowball)).divide(BigDecimal.valueOf(100)));
        double brent = SERVICE.solve(new PricingJson(code -> true).readSolve(request)).value();
        assertEquals(brent, coupon.doubleValue(), 0.005 + 1e-9);
    }

    @Test
    void aLegTheClientLeavesIncompleteIsFilledWithTheDesksDefaults() {
        RfqLeg snowball = leg(Structure.SNOWBALL, Side.CLIENT_BUY, SolveFor.COUPON, null);
        ObjectNode solving = LegProduct.of(snowball, TODAY, SETTINGS.rules(), null);
        assertTrue(!solving.has("couponPct"), "the solved field is left out while solving");
        assertEquals(12, solving.get("tenorMonths").asInt());
        assertEquals(SETTINGS.rules().terms().knockOutPct(), solving.get("knockOutPct").decimalValue());
        ObjectNode traded = LegProduct.of(snowball, TODAY, SETTINGS.rules(), new BigDecimal("15.2"));
        assertEquals(new BigDecimal("15.2"), traded.get("couponPct").decimalValue());
        assertEquals(SETTINGS.rules().defaultNotional(), traded.get("notional").decimalValue());
    }

    static double pvPct(RfqLeg leg, BigDecimal quoted) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.set("product", LegProduct.of(leg, TODAY, SETTINGS.rules(), quoted));
        request.set("market", SETTINGS.market().json(leg.underlying(), TODAY));
        request.put("paths", SETTINGS.rules().paths());
        request.put("greeks", false);
        return SERVICE.price(new PricingJson(code -> true).readPrice(request)).pvPct();
    }

    static RfqLeg leg(Structure structure, Side side, SolveFor solveFor, Tenor tenor) {
        return new RfqLeg("300750.SZ", structure, null, tenor, null, null, null, null, null, null, null, null, null,
                new BigDecimal("10000000"), side, solveFor);
    }
}

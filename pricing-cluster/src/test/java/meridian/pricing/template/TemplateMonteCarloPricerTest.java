package meridian.pricing.template;

import meridian.domain.template.ResolvedTemplate;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateMonteCarloPricerTest {
    private final TemplateMonteCarloPricer pricer = new TemplateMonteCarloPricer(
            name -> meridian.domain.template.TradingCalendar.WEEKDAYS, new meridian.pricing.mc.MonteCarloEngine());

    private static final String SNOWBALL = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
            + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15, \"lockMonths\": 3}";

    @Test
    void samePathsAndSeedGiveTheSamePriceAndAnotherSeedAnother() {
        ResolvedTemplate snowball = Templates.resolve("snowball", SNOWBALL, Templates.market(0.25, 0.02, 0));
        double first = pricer.price(snowball, 10_000, 5).pv();
        assertEquals(first, pricer.price(snowball, 10_000, 5).pv());
        assertNotEquals(first, pricer.price(snowball, 10_000, 6).pv());
    }

    @Test
    void sharkfinThatCannotBeReachedIsACallWithinThreeStandardErrorsOfBlackScholes() {
        String terms = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"optionType\": \"CALL\","
                + " \"strikePct\": 95, \"barrierPct\": 100000, \"participationPct\": 80, \"observation\": \"EXPIRY\"}";
        double vol = 0.3;
        double rate = 0.03;
        double yield = 0.01;
        ResolvedTemplate sharkfin = Templates.resolve("sharkfin", terms, Templates.market(vol, rate, yield));
        TemplateMonteCarloPricer.Result mc = pricer.price(sharkfin, 40_000, 20240601L);   // the contract's default seed
        double t = 365 / 365.0;
        double forward = 100 * Math.exp((rate - yield) * t);
        double strike = 95;
        double d1 = (Math.log(forward / strike) + 0.5 * vol * vol * t) / (vol * Math.sqrt(t));
        double d2 = d1 - vol * Math.sqrt(t);
        double call = Math.exp(-rate * t) * (forward * cdf(d1) - strike * cdf(d2));
        double expected = 1_000_000 * 0.8 * call / 100;
        assertEquals(expected, mc.pv(), 3 * mc.stdErr(), "MC " + mc + " vs " + expected);
    }

    /** Standard normal distribution (Abramowitz-Stegun 26.2.17, error below 1e-7). */
    private static double cdf(double x) {
        double k = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }
}

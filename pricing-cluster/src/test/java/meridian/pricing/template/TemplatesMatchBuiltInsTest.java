package meridian.pricing.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.pricing.PricingResult;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's cross-check: SNOWBALL, PHOENIX and SHARKFIN written as templates and priced by the template Monte Carlo
 * pricer equal the built-in Monte Carlo prices with the same seed and paths, to 1e-9 relative: same Philox normals,
 * same antithetic pairs, same observation grid, same payoff.
 */
class TemplatesMatchBuiltInsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PATHS = 20_000;

    private final MonteCarloEngine engine = new MonteCarloEngine();
    private final TemplateMonteCarloPricer templates = new TemplateMonteCarloPricer(engine);

    private static ContractTerms terms(int months) {
        return new ContractTerms("000300.SH", BigDecimal.valueOf(1_000_000), START, null, months);
    }

    static Stream<Arguments> products() {
        MarketData fresh = new MarketData(START, 100.0, 100.0, 0.25, 0.02, 0.01);
        // Seasoned: valued on 2026-04-07, after three monthly dates, at a spot below the initial fixing.
        MarketData seasoned = new MarketData(LocalDate.of(2026, 4, 7), 97.0, 100.0, 0.3, 0.025, 0.0);
        String snowball = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"knockOutPct\": 103,"
                + " \"knockInPct\": 80, \"couponPct\": 15, \"lockMonths\": 3, \"dividendCouponPct\": 9}";
        String phoenix = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"knockOutPct\": 102,"
                + " \"knockInPct\": 75, \"couponBarrierPct\": 85, \"couponPct\": 11, \"lockMonths\": 5}";
        String sharkfinDaily = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 6, \"optionType\": \"CALL\","
                + " \"strikePct\": 100, \"barrierPct\": 115, \"participationPct\": 80, \"rebatePct\": 1.5, \"observation\": \"DAILY\"}";
        String sharkfinPut = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 9, \"optionType\": \"PUT\","
                + " \"strikePct\": 98, \"barrierPct\": 85, \"participationPct\": 60, \"rebatePct\": 2, \"observation\": \"EXPIRY\"}";
        Snowball snowballProduct = new Snowball(terms(12), 103.0, 80.0, 15.0, 3, 9.0);
        Phoenix phoenixProduct = new Phoenix(terms(12), 102.0, 75.0, 11.0, 85.0, 5);
        Sharkfin dailyProduct = new Sharkfin(terms(6), OptionType.CALL, 100.0, 115.0, 80.0, 1.5, Observation.DAILY);
        Sharkfin putProduct = new Sharkfin(terms(9), OptionType.PUT, 98.0, 85.0, 60.0, 2.0, Observation.EXPIRY);
        return Stream.of(
                Arguments.of("snowball", snowball, snowballProduct, fresh, CalendarId.CN_SSE, 7L),
                Arguments.of("snowball", snowball, snowballProduct, seasoned, CalendarId.WEEKDAYS, 20240601L),
                Arguments.of("phoenix", phoenix, phoenixProduct, fresh, CalendarId.CN_SSE, 11L),
                Arguments.of("phoenix", phoenix, phoenixProduct, seasoned, CalendarId.CN_SSE, 12L),
                Arguments.of("sharkfin", sharkfinDaily, dailyProduct, fresh, CalendarId.CN_SSE, 3L),
                Arguments.of("sharkfin", sharkfinDaily, dailyProduct, seasoned, CalendarId.WEEKDAYS, 4L),
                Arguments.of("sharkfin", sharkfinPut, putProduct, fresh, CalendarId.CN_SSE, 5L));
    }

    @ParameterizedTest(name = "{0} on {3} ({4}), seed {5}")
    @MethodSource("products")
    void templatePriceEqualsTheBuiltInMonteCarloPrice(String template, String termsJson, Product product,
                                                      MarketData market, CalendarId calendar, long seed) throws Exception {
        PricingResult builtIn = new McPricer(engine, PATHS, seed)
                .price(product.resolve(TradingCalendars.of(calendar)), market);

        JsonNode terms = JSON.readTree(termsJson);
        MarketInputs inputs = new MarketInputs(market.valuationDate(), market.spot(), market.initialPrice(), market.vol(),
                market.rate(), market.dividendYield());
        ResolvedTemplate resolved = Templates.builtIn(template)
                .resolve(terms, inputs, TemplateMonteCarloPricer.contractCalendar(calendar.name()), "terms");
        TemplateMonteCarloPricer.Result viaTemplate = templates.price(resolved, PATHS, seed);

        assertTrue(Math.abs(builtIn.pv()) > 100, "a price that tells something: " + builtIn.pv());
        assertEquals(builtIn.pv(), viaTemplate.pv(), 1e-9 * Math.abs(builtIn.pv()),
                template + ": template " + viaTemplate + " vs built-in " + builtIn.pv());
        assertEquals(builtIn.stdErr(), viaTemplate.stdErr(), 1e-9 * builtIn.stdErr());
        assertEquals(PATHS, viaTemplate.paths());
    }
}

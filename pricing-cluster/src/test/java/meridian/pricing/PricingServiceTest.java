package meridian.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import org.junit.jupiter.api.Test;

class PricingServiceTest {
    private final PricingService service = new PricingService();

    @Test
    void picksTheClosedFormWhereOneExists() {
        assertEquals(PricingMethod.ANALYTIC, PricingService.defaultMethod(Fixtures.vanilla(OptionType.PUT, 90, 6)));
        assertEquals(PricingMethod.ANALYTIC, PricingService.defaultMethod(Fixtures.sharkfin(Observation.CONTINUOUS)));
        assertEquals(PricingMethod.PDE, PricingService.defaultMethod(Fixtures.sharkfin(Observation.DAILY)));
        assertEquals(PricingMethod.PDE, PricingService.defaultMethod(Fixtures.snowball(12)));
        assertEquals(PricingMethod.MC, PricingService.defaultMethod(Fixtures.asian(OptionType.CALL)));
    }

    @Test
    void analyticAnswerHasNoStandardErrorAndPvPctOfNotional() {
        PriceResponse r = service.price(PriceRequest.of(Fixtures.vanilla(OptionType.CALL, 100, 12), Fixtures.market()));
        assertEquals(PricingMethod.ANALYTIC, r.method());
        assertEquals("CPU", r.engine());
        assertNull(r.stdErr());
        assertNull(r.paths());
        assertNotNull(r.greeks());
        assertEquals(100 * r.pv() / Fixtures.NOTIONAL, r.pvPct(), 1e-12);
    }

    @Test
    void monteCarloAnswerIsRepeatableAndReportsPaths() {
        PriceRequest request = PriceRequest.of(Fixtures.asian(OptionType.CALL), Fixtures.market())
                .withPaths(3_001).withGreeks(false);
        PriceResponse first = service.price(request);
        assertEquals(PricingMethod.MC, first.method());
        assertEquals(3_002, first.paths());
        assertNotNull(first.stdErr());
        assertEquals(first.pv(), service.price(request).pv(), 0.0);
    }

    @Test
    void askingForAMethodThatCannotPriceTheProductIsABadRequest() {
        ValidationException analytic = assertThrows(ValidationException.class, () -> service.price(
                PriceRequest.of(Fixtures.snowball(12), Fixtures.market()).withMethod(PricingMethod.ANALYTIC)));
        assertEquals("method", analytic.errors().get(0).field());
        ValidationException pde = assertThrows(ValidationException.class, () -> service.price(
                PriceRequest.of(Fixtures.asian(OptionType.PUT), Fixtures.market()).withMethod(PricingMethod.PDE)));
        assertEquals("method", pde.errors().get(0).field());
    }
}

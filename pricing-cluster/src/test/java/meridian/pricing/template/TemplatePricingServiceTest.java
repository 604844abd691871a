package meridian.pricing.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.api.Greeks;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.TemplatePriceRequest;
import meridian.domain.pricing.api.TemplatePriceResponse;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.TemplateDefinition;
import meridian.domain.template.TemplateTestCase;
import meridian.domain.template.TestInputs;
import meridian.domain.template.lifecycle.TestRun;
import meridian.pricing.PricingService;
import meridian.pricing.gpu.CudaDevice;
import meridian.pricing.gpu.GpuTemplatePricer;
import meridian.pricing.gpu.PtxResource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TemplatePricingServiceTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private final TemplatePricingService service = new TemplatePricingService();
    private final TemplatePriceResponse.TemplateUsed used = new TemplatePriceResponse.TemplateUsed("SNOWBALL", 1, "abc");

    private static TemplatePriceRequest request(String terms, MarketInputs market, int paths, boolean greeks) throws Exception {
        return new TemplatePriceRequest("SNOWBALL", 1, "000300.SH", (ObjectNode) new ObjectMapper().readTree(terms),
                market, paths, 99L, CalendarId.CN_SSE, greeks);
    }

    @Test
    void aSnowballTemplateGivesTheBuiltInPriceAndGreeksAndRecordsItsVersion() throws Exception {
        MarketData market = new MarketData(START, 100.0, 100.0, 0.22, 0.02, 0.0);
        Snowball snowball = new Snowball(new ContractTerms("000300.SH", BigDecimal.valueOf(1_000_000), START, null, 12),
                103.0, 80.0, 14.0, 0, null);
        PriceResponse builtIn = new PricingService().price(
                new PriceRequest(snowball, market, PricingMethod.MC, 10_000, 99L, CalendarId.CN_SSE, true));

        TemplatePriceResponse viaTemplate = service.price(Templates.builtIn("snowball"), used, request(
                "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"knockOutPct\": 103,"
                        + " \"knockInPct\": 80, \"couponPct\": 14}",
                new MarketInputs(START, 100.0, 100.0, 0.22, 0.02, 0.0), 10_000, true));

        assertEquals(builtIn.pv(), viaTemplate.pv(), 1e-9 * Math.abs(builtIn.pv()));
        assertEquals(builtIn.pvPct(), viaTemplate.pvPct(), 1e-9 * Math.abs(builtIn.pvPct()));
        assertEquals(builtIn.stdErr(), viaTemplate.stdErr(), 1e-9 * builtIn.stdErr());
        assertEquals(builtIn.paths(), viaTemplate.paths());
        Greeks a = builtIn.greeks();
        Greeks b = viaTemplate.greeks();
        assertEquals(a.delta(), b.delta(), 1e-7 * Math.abs(a.delta()));
        assertEquals(a.gamma(), b.gamma(), 1e-6 * Math.abs(a.gamma()));
        assertEquals(a.vega(), b.vega(), 1e-7 * Math.abs(a.vega()));
        assertEquals(a.theta(), b.theta(), 1e-6 * Math.abs(a.theta()));
        assertEquals(a.rho(), b.rho(), 1e-7 * Math.abs(a.rho()));
        assertEquals(PricingMethod.MC, viaTemplate.method());
        assertEquals(used, viaTemplate.template());
    }

    @Test
    void theBestEngineIsTheGpuKernelOnlyWhereADeviceRunsItAndAgreesWithTheCpu() throws Exception {
        boolean gpuHere = PtxResource.load(GpuTemplatePricer.KERNEL).isPresent() && CudaDevice.probe().present();
        TemplatePriceRequest request = request("{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 14}",
                new MarketInputs(START, 100.0, 100.0, 0.22, 0.02, 0.0), 20_000, false);

        TemplatePriceResponse best = TemplatePricingService.onBestEngine().price(Templates.builtIn("snowball"), used, request);
        TemplatePriceResponse cpu = service.price(Templates.builtIn("snowball"), used, request);

        assertEquals(gpuHere ? "GPU" : "CPU", best.engine());
        assertEquals("CPU", cpu.engine());
        // same Philox paths on both engines: only the last bits of exp and log differ
        assertEquals(cpu.pv(), best.pv(), 1e-6 * 1_000_000);
        assertEquals(cpu.paths(), best.paths());
    }

    @Test
    void badTermsNameTheirFieldUnderProductTerms() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> service.price(Templates.builtIn("snowball"),
                used, request("{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
                        + " \"knockOutPct\": 103, \"knockInPct\": 110, \"couponPct\": 14}",
                        new MarketInputs(START, 100.0, 100.0, 0.22, 0.02, 0.0), 1000, false)));
        assertEquals("product.terms.knockInPct", e.errors().get(0).field());
    }

    @Test
    void testRunsPriceEachCaseAndReportInputsThatDoNotFit() {
        CompiledTemplate sharkfin = Templates.builtIn("sharkfin");
        TemplateTestCase first = sharkfin.definition().testCases().get(0);
        ObjectNode terms = first.inputs().terms();
        terms.put("barrierPct", 90);   // below the strike of a call
        TemplateTestCase bad = new TemplateTestCase("inconsistent barrier",
                new TestInputs(terms, first.inputs().market(), "MC", 64, 1, "WEEKDAYS"), 0, 1);
        TemplateDefinition definition = sharkfin.definition();
        CompiledTemplate withBadCase = CompiledTemplate.compile(new TemplateDefinition(definition.name(),
                definition.description(), definition.fields(), definition.script(), List.of(first, bad)));

        List<TestRun> runs = service.runTests(withBadCase);
        assertEquals(first.expectedPv(), runs.get(0).pv(), first.tolerance());
        assertNull(runs.get(0).error());
        assertTrue(runs.get(1).error().startsWith("terms.barrierPct: must be beyond strikePct"), runs.get(1).error());
    }
}

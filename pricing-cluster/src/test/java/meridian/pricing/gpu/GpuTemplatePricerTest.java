package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TradingCalendar;
import meridian.pricing.Fixtures;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.template.TemplateMonteCarloPricer;
import org.junit.jupiter.api.Test;

/** A template's program interpreted on the GPU against the CPU template pricer; only where a GPU is present. */
class GpuTemplatePricerTest {
    @Test
    void snowballTemplateOnTheGpuAgreesWithTheCpu() throws Exception {
        Optional<byte[]> ptx = PtxResource.load(GpuTemplatePricer.KERNEL);
        assumeTrue(ptx.isPresent(), "no PTX in this build");
        CudaDevice.Probe probe = CudaDevice.probe();
        assumeTrue(probe.present(), () -> "no GPU: " + probe.reason());
        MarketInputs market = new MarketInputs(LocalDate.of(2026, 1, 5), 100.0, 100.0, 0.25, 0.02, 0.0);
        ResolvedTemplate snowball = CompiledTemplate.compile(TemplateJson.readResource("/meridian/templates/snowball.json"))
                .resolve(new ObjectMapper().readTree("{\"notional\": 1000000, \"startDate\": \"2026-01-05\","
                        + " \"tenorMonths\": 12, \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15,"
                        + " \"lockMonths\": 3}"), market, TradingCalendar.WEEKDAYS, "terms");
        TemplateMonteCarloPricer.Result cpu = new TemplateMonteCarloPricer(name -> TradingCalendar.WEEKDAYS,
                new MonteCarloEngine()).price(snowball, 100_000, 20240601L);
        TemplateMonteCarloPricer.Result gpu = new GpuTemplatePricer(probe.device(), ptx.get())
                .price(snowball, 100_000, 20240601L);
        assertEquals(cpu.paths(), gpu.paths());
        assertEquals(cpu.pv(), gpu.pv(), 1e-6 * Fixtures.NOTIONAL);
        assertEquals(cpu.stdErr(), gpu.stdErr(), 1e-6 * Fixtures.NOTIONAL);
    }
}

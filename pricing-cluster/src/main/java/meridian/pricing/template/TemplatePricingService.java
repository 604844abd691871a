package meridian.pricing.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.api.Greeks;
import meridian.domain.pricing.api.TemplatePriceRequest;
import meridian.domain.pricing.api.TemplatePriceResponse;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplateTestCase;
import meridian.domain.template.TradingCalendar;
import meridian.domain.template.lifecycle.TestRun;
import meridian.domain.template.TestInputs;
import meridian.pricing.gpu.GpuOrCpu;
import meridian.pricing.gpu.GpuTemplatePricer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import meridian.pricing.greeks.BumpGreeks;
import meridian.pricing.mc.MonteCarloEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * Prices template products and runs a template version's test cases, by Monte Carlo on the engine's paths.
 * Greeks follow the contract and the built-in Monte Carlo conventions (PRICING.md): central differences in spot with a
 * relative bump of 1e-2 (initialPrice kept), vega and rho for +0.01, theta by rolling the valuation date one calendar
 * day; every revaluation reuses the same seed, so the random numbers are common. When the rolled date is past a date
 * the template reads (the product has paid out), theta = −pv.
 */
public final class TemplatePricingService {
    private static final double SPOT_BUMP = 1e-2;

    private static final Logger LOG = LoggerFactory.getLogger(TemplatePricingService.class);

    private final TemplatePathPricer pricer;

    public TemplatePricingService(TemplatePathPricer pricer) {
        this.pricer = pricer;
    }

    public TemplatePricingService(MonteCarloEngine engine) {
        this(new TemplateMonteCarloPricer(engine));
    }

    /** On the CPU engine's paths. */
    public TemplatePricingService() {
        this(new MonteCarloEngine());
    }

    /** On the GPU's template kernel where a device can run it, else the CPU engine; the choice is logged. */
    public static TemplatePricingService onBestEngine() {
        GpuOrCpu.Choice<TemplatePathPricer> choice = GpuOrCpu.pick(GpuTemplatePricer.KERNEL,
                new TemplateMonteCarloPricer(new MonteCarloEngine()), GpuTemplatePricer::new);
        LOG.info("template engine: {} ({})", choice.engine().engine(), choice.reason());
        return new TemplatePricingService(choice.engine());
    }

    /** Prices {@code request} with {@code template}, the accepted version {@code used}. */
    public TemplatePriceResponse price(CompiledTemplate template, TemplatePriceResponse.TemplateUsed used,
                                       TemplatePriceRequest request) {
        long started = System.nanoTime();
        TradingCalendar calendar = TemplateMonteCarloPricer.contractCalendar(request.calendar().name());
        ObjectNode terms = request.terms();
        MarketInputs market = request.market();
        TemplateMonteCarloPricer.Result base = value(template, terms, market, calendar, request);
        Greeks greeks = request.greeks() ? greeks(template, terms, market, calendar, request, base.pv()) : null;
        JsonNode notional = terms.get("notional");
        Double pvPct = notional != null && notional.isNumber() && notional.doubleValue() != 0
                ? 100 * base.pv() / notional.doubleValue() : null;
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return new TemplatePriceResponse(base.pv(), pvPct, base.stdErr(), greeks, PricingMethod.MC, pricer.engine(),
                base.paths(), elapsedMs, used);
    }

    /** Prices every test case of the version; a case whose inputs do not fit the template fails with the reason. */
    public List<TestRun> runTests(CompiledTemplate template) {
        List<TestRun> runs = new ArrayList<>();
        for (TemplateTestCase testCase : template.definition().testCases()) {
            try {
                TestInputs inputs = testCase.inputs();
                ResolvedTemplate resolved = template.resolve(inputs.terms(), inputs.market(),
                        TemplateMonteCarloPricer.contractCalendar(inputs.calendar()), "terms");
                var price = pricer.price(resolved, inputs.paths(), inputs.seed());
                runs.add(TestRun.priced(testCase.name(), price.pv(), price.stdErr()));
            } catch (ValidationException e) {
                runs.add(TestRun.failed(testCase.name(), e.getMessage()));
            }
        }
        return runs;
    }

    private TemplateMonteCarloPricer.Result value(CompiledTemplate template, ObjectNode terms, MarketInputs market,
                                                  TradingCalendar calendar, TemplatePriceRequest request) {
        ResolvedTemplate resolved = template.resolve(terms, market, calendar, "product.terms");
        return pricer.price(resolved, request.paths(), request.seed());
    }

    private Greeks greeks(CompiledTemplate template, ObjectNode terms, MarketInputs m, TradingCalendar calendar,
                          TemplatePriceRequest request, double pv) {
        double h = SPOT_BUMP * m.spot();
        double up = value(template, terms, market(m, m.valuationDate(), m.spot() + h, m.vol(), m.rate()), calendar, request).pv();
        double down = value(template, terms, market(m, m.valuationDate(), m.spot() - h, m.vol(), m.rate()), calendar, request).pv();
        double vega = value(template, terms, market(m, m.valuationDate(), m.spot(), m.vol() + BumpGreeks.VOL_BUMP, m.rate()),
                calendar, request).pv() - pv;
        double rho = value(template, terms, market(m, m.valuationDate(), m.spot(), m.vol(), m.rate() + BumpGreeks.RATE_BUMP),
                calendar, request).pv() - pv;
        double theta;
        try {
            theta = value(template, terms, market(m, m.valuationDate().plusDays(1), m.spot(), m.vol(), m.rate()),
                    calendar, request).pv() - pv;
        } catch (ValidationException paidOut) {
            theta = -pv;
        }
        return new Greeks((up - down) / (2 * h), (up - 2 * pv + down) / (h * h), vega, theta, rho);
    }

    private static MarketInputs market(MarketInputs m, java.time.LocalDate valuationDate, double spot, double vol,
                                       double rate) {
        return new MarketInputs(valuationDate, spot, m.initialPrice(), vol, rate, m.dividendYield());
    }
}

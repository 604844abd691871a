package meridian.pricing;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.api.Greeks;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.api.SolveRequest;
import meridian.domain.pricing.api.SolveResponse;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.analytic.AnalyticPricer;
import meridian.pricing.greeks.BumpGreeks;
import meridian.pricing.mc.McPricer;
import meridian.pricing.mc.MonteCarloEngine;
import meridian.pricing.pde.PdePricer;
import meridian.pricing.solve.TermSolver;

/**
 * The pricing contract's two calls. Method choice when the request names none: the closed form where one exists,
 * else PDE for one-factor path dependence (discrete barriers, snowball, phoenix), else Monte Carlo (Asian).
 */
public final class PricingService {
    public static final String ENGINE = "CPU";
    private static final double ANALYTIC_SPOT_BUMP = 1e-4;
    private static final double MC_SPOT_BUMP = 1e-2;

    private final MonteCarloEngine monteCarlo;
    private final PdePricer pde;
    private final AnalyticPricer analytic = new AnalyticPricer();

    public PricingService() {
        this(new MonteCarloEngine(), new PdePricer());
    }

    public PricingService(MonteCarloEngine monteCarlo, PdePricer pde) {
        this.monteCarlo = monteCarlo;
        this.pde = pde;
    }

    public static PricingMethod defaultMethod(Product product) {
        if (AnalyticPricer.supports(product)) {
            return PricingMethod.ANALYTIC;
        }
        return PdePricer.supports(product) ? PricingMethod.PDE : PricingMethod.MC;
    }

    public PriceResponse price(PriceRequest request) {
        long started = System.nanoTime();
        PricingJson.checkDates(request);
        ResolvedProduct product = request.product().resolve(TradingCalendars.of(request.calendar()));
        PricingMethod method = methodFor(request);
        ProductPricer pricer = pricer(method, request);
        PricingResult base = pricer.price(product, request.market());
        Greeks greeks = request.greeks()
                ? BumpGreeks.of(pricer, product, request.market(), base,
                        method == PricingMethod.MC ? MC_SPOT_BUMP : ANALYTIC_SPOT_BUMP)
                : null;
        double notional = product.notional();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return new PriceResponse(base.pv(), 100 * base.pv() / notional, base.stdErr(), greeks, method, ENGINE,
                method == PricingMethod.MC ? ((McPricer) pricer).paths() : null, elapsedMs);
    }

    public SolveResponse solve(SolveRequest request) {
        PriceRequest pricing = request.pricing();
        PricingJson.checkDates(pricing);
        ResolvedProduct product = pricing.product().resolve(TradingCalendars.of(pricing.calendar()));
        ProductPricer pricer = pricer(methodFor(pricing), pricing);
        return TermSolver.solve(pricer, pricing.product(), product.schedule(), pricing.market(), request.solveFor(),
                request.targetPv());
    }

    private static PricingMethod methodFor(PriceRequest request) {
        Product product = request.product();
        PricingMethod method = request.method() == null ? defaultMethod(product) : request.method();
        if (method == PricingMethod.ANALYTIC && !AnalyticPricer.supports(product)) {
            throw new ValidationException("method", "no closed form for " + product.type() + " as given; use "
                    + (PdePricer.supports(product) ? "PDE or MC" : "MC"));
        }
        if (method == PricingMethod.PDE && !PdePricer.supports(product)) {
            throw new ValidationException("method", "PDE does not price " + product.type() + "; use MC");
        }
        return method;
    }

    private ProductPricer pricer(PricingMethod method, PriceRequest request) {
        return switch (method) {
            case ANALYTIC -> analytic;
            case PDE -> pde;
            case MC -> new McPricer(monteCarlo, request.paths(), request.seed());
        };
    }
}

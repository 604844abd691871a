package meridian.domain.rfq.desk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import meridian.domain.pricing.api.PricingGateway;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Side;
import meridian.domain.rfq.parse.SolveFor;
import meridian.domain.rfq.parse.Structure;

/**
 * Prices every leg of an RFQ through the pricing gateway, on the desk's market, and turns the fair value into the
 * desk's quote. A premium is the client's PV plus the spread (minus when the client sells). A solved term (coupon,
 * participation, strike) is the value that leaves the client's PV at the structure's option budget less the spread,
 * so the desk keeps its margin in the term itself.
 */
public final class LegPricer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double LINEAR_LOW = 0;
    private static final double LINEAR_HIGH = 50;

    private final PricingGateway gateway;
    private final PricingGateway closedForm;
    private final DeskRules rules;
    private final DeskMarket market;
    private final PricingJson json;

    public LegPricer(PricingGateway gateway, DeskRules rules, DeskMarket market, Predicate<String> knownUnderlying) {
        this(gateway, gateway, rules, market, knownUnderlying);
    }

    /**
     * {@code closedForm} prices the legs that have a closed form (vanillas, digitals: microseconds), so that they never
     * queue behind PDE or Monte Carlo work on {@code gateway}.
     */
    public LegPricer(PricingGateway gateway, PricingGateway closedForm, DeskRules rules, DeskMarket market,
                     Predicate<String> knownUnderlying) {
        this.gateway = gateway;
        this.closedForm = closedForm;
        this.rules = rules;
        this.market = market;
        this.json = new PricingJson(knownUnderlying);
    }

    /** Legs are priced in parallel; the stage fails with a ValidationException when a leg cannot be priced. */
    public CompletionStage<List<LegQuote>> price(List<RfqLeg> legs, LocalDate today) {
        List<CompletableFuture<LegQuote>> quotes = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            try {
                quotes.add(price(i, legs.get(i), today).toCompletableFuture());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.allOf(quotes.toArray(CompletableFuture[]::new))
                .thenApply(v -> quotes.stream().map(CompletableFuture::join).toList());
    }

    CompletionStage<LegQuote> price(int index, RfqLeg leg, LocalDate today) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.set("product", LegProduct.of(leg, today, rules, null));
        request.set("market", market.json(leg.underlying(), today));
        request.put("paths", rules.paths());
        request.put("greeks", false);
        BigDecimal spread = rules.spread(leg.structure());
        boolean clientBuys = leg.side() != Side.CLIENT_SELL;
        if (leg.solveFor() == SolveFor.PREMIUM) {
            return gatewayFor(leg).price(json.readPrice(request)).thenApply(response -> {
                BigDecimal fair = BigDecimal.valueOf(response.pvPct());
                BigDecimal quote = clientBuys ? fair.add(spread) : fair.subtract(spread).max(BigDecimal.ZERO);
                return new LegQuote(index, quote);
            });
        }
        BigDecimal budget = rules.budget(leg.structure());
        BigDecimal targetPct = clientBuys ? budget.subtract(spread) : budget.add(spread);
        request.put("solveFor", leg.solveFor().name());
        request.put("targetPv", targetPct.multiply(rules.notional(leg)).divide(HUNDRED, 2, RoundingMode.HALF_EVEN));
        if (leg.solveFor() == SolveFor.COUPON || leg.solveFor() == SolveFor.PARTICIPATION) {
            return solveLinear(index, leg, today, request, targetPct.doubleValue());
        }
        return solve(index, leg, request);
    }

    private PricingGateway gatewayFor(RfqLeg leg) {
        return leg.structure() == Structure.VANILLA || leg.structure() == Structure.DIGITAL ? closedForm : gateway;
    }

    private CompletionStage<LegQuote> solve(int index, RfqLeg leg, ObjectNode request) {
        return gatewayFor(leg).solve(json.readSolve(request))
                .thenApply(response -> new LegQuote(index, BigDecimal.valueOf(response.value())));
    }

    /**
     * A coupon or a participation scales payments whose occurrence does not depend on it, so the PV is affine in it
     * under every engine here (the PDE is linear in its payoff; Monte Carlo reuses its paths and seed): two prices, in
     * parallel, give the solution instead of the root finder's ten or more. {@code AffineSolvedTermsTest} holds each
     * such structure to that. A degenerate line (no slope, or a negative solution) goes to the root finder.
     */
    private CompletionStage<LegQuote> solveLinear(int index, RfqLeg leg, LocalDate today, ObjectNode solveRequest, double targetPct) {
        CompletableFuture<Double> low = pvPct(leg, today, LINEAR_LOW).toCompletableFuture();
        CompletableFuture<Double> high = pvPct(leg, today, LINEAR_HIGH).toCompletableFuture();
        return low.thenCombine(high, (pvLow, pvHigh) -> pvHigh - pvLow == 0 ? Double.NaN
                        : LINEAR_LOW + (targetPct - pvLow) * (LINEAR_HIGH - LINEAR_LOW) / (pvHigh - pvLow))
                .thenCompose(x -> x >= 0 && !Double.isInfinite(x)
                        ? CompletableFuture.completedFuture(new LegQuote(index, BigDecimal.valueOf(x)))
                        : solve(index, leg, solveRequest));
    }

    private CompletionStage<Double> pvPct(RfqLeg leg, LocalDate today, double solvedValue) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.set("product", LegProduct.of(leg, today, rules, BigDecimal.valueOf(solvedValue)));
        request.set("market", market.json(leg.underlying(), today));
        request.put("paths", rules.paths());
        request.put("greeks", false);
        return gatewayFor(leg).price(json.readPrice(request)).thenApply(response -> response.pvPct());
    }
}

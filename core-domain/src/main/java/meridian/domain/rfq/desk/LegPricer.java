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

/**
 * Prices every leg of an RFQ through the pricing gateway, on the desk's market, and turns the fair value into the
 * desk's quote. A premium is the client's PV plus the spread (minus when the client sells). A solved term (coupon,
 * participation, strike) is the value that leaves the client's PV at the structure's option budget less the spread,
 * so the desk keeps its margin in the term itself.
 */
public final class LegPricer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PricingGateway gateway;
    private final DeskRules rules;
    private final DeskMarket market;
    private final PricingJson json;

    public LegPricer(PricingGateway gateway, DeskRules rules, DeskMarket market, Predicate<String> knownUnderlying) {
        this.gateway = gateway;
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
            return gateway.price(json.readPrice(request)).thenApply(response -> {
                BigDecimal fair = BigDecimal.valueOf(response.pvPct());
                BigDecimal quote = clientBuys ? fair.add(spread) : fair.subtract(spread).max(BigDecimal.ZERO);
                return new LegQuote(index, quote);
            });
        }
        BigDecimal budget = rules.budget(leg.structure());
        BigDecimal targetPct = clientBuys ? budget.subtract(spread) : budget.add(spread);
        request.put("solveFor", leg.solveFor().name());
        request.put("targetPv", targetPct.multiply(rules.notional(leg)).divide(HUNDRED, 2, RoundingMode.HALF_EVEN));
        return gateway.solve(json.readSolve(request))
                .thenApply(response -> new LegQuote(index, BigDecimal.valueOf(response.value())));
    }
}

package meridian.pricing.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.api.SolveRequest;
import meridian.domain.pricing.market.MarketData;

/** Price and solve requests as the pricing contract's JSON, read back (and validated again) by {@link PricingJson}. */
public final class RequestWire {
    private static final PricingJson READER = new PricingJson(underlying -> true);

    private RequestWire() {
    }

    public static String write(PriceRequest request) {
        return priceNode(request).toString();
    }

    public static String write(SolveRequest request) {
        ObjectNode node = priceNode(request.pricing());
        node.put("solveFor", request.solveFor().name());
        node.put("targetPv", request.targetPv());
        return node.toString();
    }

    public static PriceRequest readPrice(String json) {
        return READER.readPrice(json);
    }

    public static SolveRequest readSolve(String json) {
        return READER.readSolve(json);
    }

    private static ObjectNode priceNode(PriceRequest request) {
        ObjectNode node = PricingJson.mapper().createObjectNode();
        node.set("product", ProductWire.toJson(request.product()));
        node.set("market", market(request.market()));
        if (request.method() != null) {
            node.put("method", request.method().name());
        }
        node.put("paths", request.paths());
        node.put("seed", request.seed());
        node.put("calendar", request.calendar().name());
        node.put("greeks", request.greeks());
        return node;
    }

    private static ObjectNode market(MarketData market) {
        ObjectNode node = PricingJson.mapper().createObjectNode();
        node.put("valuationDate", market.valuationDate().toString());
        node.put("spot", market.spot());
        node.put("initialPrice", market.initialPrice());
        node.put("vol", market.vol());
        node.put("rate", market.rate());
        node.put("dividendYield", market.dividendYield());
        return node;
    }
}

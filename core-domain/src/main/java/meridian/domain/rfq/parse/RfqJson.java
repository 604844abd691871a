package meridian.domain.rfq.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The contract's JSON: {@code {"legs":[{...}]}}, every key of a leg present in the contract's order,
 * {@code null} where unknown, numbers plain (100, 10000000, 0.5).
 */
public final class RfqJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RfqJson() {
    }

    public static String write(ParseResult result) {
        try {
            return MAPPER.writeValueAsString(toNode(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parse result always serialises", e);
        }
    }

    public static ObjectNode toNode(ParseResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode legs = root.putArray("legs");
        for (RfqLeg leg : result.legs()) {
            legs.add(toNode(leg));
        }
        return root;
    }

    public static ObjectNode toNode(RfqLeg leg) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("underlying", leg.underlying());
        node.put("structure", name(leg.structure()));
        node.put("optionType", name(leg.optionType()));
        node.put("tenor", leg.tenor() == null ? null : leg.tenor().toString());
        number(node, "strikePct", leg.strikePct());
        number(node, "knockOutPct", leg.knockOutPct());
        number(node, "knockInPct", leg.knockInPct());
        number(node, "barrierPct", leg.barrierPct());
        node.put("barrierType", name(leg.barrierType()));
        number(node, "couponPct", leg.couponPct());
        number(node, "rebatePct", leg.rebatePct());
        number(node, "participationPct", leg.participationPct());
        number(node, "payoutPct", leg.payoutPct());
        number(node, "notional", leg.notional());
        node.put("side", name(leg.side()));
        node.put("solveFor", name(leg.solveFor()));
        return node;
    }

    private static void number(ObjectNode node, String key, BigDecimal value) {
        if (value == null) {
            node.putNull(key);
        } else if (value.scale() <= 0) {
            node.put(key, value.toBigIntegerExact());
        } else {
            node.put(key, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

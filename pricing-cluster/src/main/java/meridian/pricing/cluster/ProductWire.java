package meridian.pricing.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Product;

/**
 * Products as the pricing contract's {@code product} JSON, the form they cross the cluster in: {@link Product} has no
 * Jackson type information, and the contract's reader validates what it reads back.
 */
public final class ProductWire {
    private static final PricingJson READER = new PricingJson(underlying -> true);

    private ProductWire() {
    }

    public static ObjectNode toJson(Product product) {
        ObjectNode node = PricingJson.mapper().createObjectNode();
        node.put("type", product.type().name());
        ContractTerms terms = product.terms();
        node.put("underlying", terms.underlying());
        node.put("notional", terms.notional());
        node.put("startDate", terms.startDate().toString());
        if (terms.expiryDate() != null) {
            node.put("expiryDate", terms.expiryDate().toString());
        }
        if (terms.tenorMonths() != null) {
            node.put("tenorMonths", terms.tenorMonths());
        }
        // The record components besides the terms are exactly the contract's product-specific keys.
        for (RecordComponent component : product.getClass().getRecordComponents()) {
            if (component.getName().equals("terms")) {
                continue;
            }
            Object value = value(component, product);
            if (value != null) {
                node.set(component.getName(), PricingJson.mapper().valueToTree(value));
            }
        }
        return node;
    }

    public static String write(Product product) {
        return toJson(product).toString();
    }

    public static Product read(String json) {
        return READER.readProduct(json);
    }

    public static Product read(JsonNode node) {
        return READER.readProduct(node);
    }

    private static Object value(RecordComponent component, Product product) {
        try {
            return component.getAccessor().invoke(product);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}

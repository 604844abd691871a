package meridian.domain.pricing.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.template.MarketInputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a price request whose product is a structure template, with the contract's rules for everything but the
 * product: every bad field is reported by path ({@code product.version}, {@code market.vol}, ...). The terms are
 * checked later, against the template version's fields ({@code product.terms.couponPct}).
 */
public final class TemplatePricingJson {
    public static final String TYPE = "TEMPLATE";
    private static final Set<String> REQUEST_KEYS =
            Set.of("product", "market", "method", "paths", "seed", "calendar", "greeks");
    private static final Set<String> PRODUCT_KEYS = Set.of("type", "template", "version", "underlying", "terms");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final Predicate<String> knownUnderlying;

    public TemplatePricingJson(Predicate<String> knownUnderlying) {
        this.knownUnderlying = knownUnderlying;
    }

    /** Whether a request's product is a template ({@code product.type} is {@value #TYPE}). */
    public static boolean isTemplate(JsonNode root) {
        return root != null && TYPE.equals(root.path("product").path("type").asText(null));
    }

    public TemplatePriceRequest readPrice(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        NodeReader top = new NodeReader(root, "", errors);
        top.rejectUnknown(REQUEST_KEYS);
        if (root.has("solveFor")) {
            errors.removeIf(e -> e.field().equals("solveFor"));
            top.error("solveFor", "belongs to a solve request; a TEMPLATE product is priced, not solved");
        }
        PricingMethod method = top.enumValue("method", PricingMethod.class, false);
        if (method != null && method != PricingMethod.MC) {
            top.error("method", "a TEMPLATE product is priced by MC, not " + method);
        }
        Long paths = top.integer("paths", false);
        if (paths != null && (paths < 2 || paths > PriceRequest.MAX_PATHS)) {
            top.error("paths", "must be between 2 and " + PriceRequest.MAX_PATHS);
        }
        Long seed = top.integer("seed", false);
        CalendarId calendar = top.enumValue("calendar", CalendarId.class, false);
        Boolean greeks = top.bool("greeks");
        MarketData market = PricingJson.readMarket(root.get("market"), errors);

        JsonNode product = root.get("product");
        if (product == null || !product.isObject()) {
            errors.add(new FieldError("product", "is required: an object with type TEMPLATE, template, version, underlying, terms"));
            throw new ValidationException(errors);
        }
        NodeReader in = new NodeReader(product, "product", errors);
        in.rejectUnknown(PRODUCT_KEYS);
        String template = in.text("template", true);
        if (template != null && !NAME.matcher(template).matches()) {
            in.error("template", "must be a template name: upper-case letters, digits and '_', starting with a letter");
            template = null;
        }
        Long version = in.integer("version", true);
        if (version != null && (version < 1 || version > Integer.MAX_VALUE)) {
            in.error("version", "must be a version number (1, 2, ...)");
            version = null;
        }
        String underlying = in.text("underlying", true);
        if (underlying != null && !knownUnderlying.test(underlying)) {
            in.error("underlying", "unknown underlying " + underlying);
        }
        JsonNode terms = in.child("terms");
        if (terms == null || terms.isNull()) {
            in.error("terms", "is required: the template's terms");
        } else if (!terms.isObject()) {
            in.error("terms", "must be an object of the template's terms");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TemplatePriceRequest(template, version.intValue(), underlying, (ObjectNode) terms,
                new MarketInputs(market.valuationDate(), market.spot(), market.initialPrice(), market.vol(),
                        market.rate(), market.dividendYield()),
                paths == null ? PriceRequest.DEFAULT_PATHS : paths.intValue(),
                seed == null ? PriceRequest.DEFAULT_SEED : seed,
                calendar == null ? CalendarId.CN_SSE : calendar,
                greeks == null || greeks);
    }
}

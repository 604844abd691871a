package meridian.domain.pricing.api;

import meridian.domain.pricing.PricingMethod;

/**
 * The contract's price answer for a template product, plus the template version it was priced with.
 * {@code pvPct} is null when the template has no numeric {@code notional} term.
 */
public record TemplatePriceResponse(double pv, Double pvPct, Double stdErr, Greeks greeks, PricingMethod method,
                                    String engine, Integer paths, long elapsedMs, TemplateUsed template) {

    /** The template version behind a price: name, version and the SHA-256 of its definition. */
    public record TemplateUsed(String name, int version, String hash) {
    }
}

package meridian.domain.pricing.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.template.MarketInputs;

import java.util.Objects;

/**
 * A price request for a product defined by a structure template: {@code product} is
 * {@code {"type": "TEMPLATE", "template": NAME, "version": n, "underlying": CODE, "terms": {...}}}; the rest is the
 * contract's (market, paths, seed, calendar, greeks). Templates are priced by Monte Carlo.
 */
public record TemplatePriceRequest(String template, int version, String underlying, ObjectNode terms,
                                   MarketInputs market, int paths, long seed, CalendarId calendar, boolean greeks) {
    public TemplatePriceRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(calendar, "calendar");
        terms = terms.deepCopy();
    }

    @Override
    public ObjectNode terms() {
        return terms.deepCopy();
    }
}

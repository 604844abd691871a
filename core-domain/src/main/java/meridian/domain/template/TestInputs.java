package meridian.domain.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.ValidationException;

import java.util.List;
import java.util.Objects;

/**
 * What a template is priced with: its terms (JSON object, checked against the fields when priced), the market,
 * and the Monte Carlo settings of the contract ({@code method} MC, {@code paths}, {@code seed}, {@code calendar}).
 */
public record TestInputs(ObjectNode terms, MarketInputs market, String method, int paths, long seed, String calendar) {
    public static final String DEFAULT_CALENDAR = "CN_SSE";
    public static final List<String> CALENDARS = List.of("CN_SSE", "WEEKDAYS");

    public TestInputs {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(market, "market");
        terms = terms.deepCopy();
        if (!"MC".equals(method)) {
            throw new ValidationException("method", "templates are priced by MC, not " + method);
        }
        if (paths < 2 || paths > 10_000_000) {
            throw new ValidationException("paths", "must be between 2 and 10000000");
        }
        if (!CALENDARS.contains(calendar)) {
            throw new ValidationException("calendar", "must be one of " + String.join(", ", CALENDARS));
        }
    }

    @Override
    public ObjectNode terms() {
        return terms.deepCopy();
    }

    JsonNode termsView() {
        return terms;
    }
}

package meridian.pricing.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.template.CompiledTemplate;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TradingCalendar;

import java.time.LocalDate;

/** Loading and resolving the built-in templates in tests. */
final class Templates {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Templates() {
    }

    static CompiledTemplate builtIn(String name) {
        return CompiledTemplate.compile(TemplateJson.readResource("/meridian/templates/" + name + ".json"));
    }

    static ResolvedTemplate resolve(String name, String termsJson, MarketInputs market) {
        try {
            JsonNode terms = new ObjectMapper().readTree(termsJson);
            return builtIn(name).resolve(terms, market, TradingCalendar.WEEKDAYS, "terms");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MarketInputs market(double vol, double rate, double dividendYield) {
        return new MarketInputs(START, 100.0, 100.0, vol, rate, dividendYield);
    }
}

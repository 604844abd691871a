package meridian.domain.pricing.api;

import com.fasterxml.jackson.databind.JsonNode;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.CalendarId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TemplatePricingJsonTest {
    private final TemplatePricingJson json = new TemplatePricingJson("000300.SH"::equals);

    private static JsonNode tree(String text) throws Exception {
        return PricingJson.mapper().readTree(text);
    }

    private static final String MARKET = "\"market\": {\"valuationDate\": \"2026-01-05\", \"spot\": 100, \"vol\": 0.25, \"rate\": 0.02}";

    @Test
    void readsATemplateProductWithTheContractsDefaults() throws Exception {
        JsonNode root = tree("{\"product\": {\"type\": \"TEMPLATE\", \"template\": \"MY_SNOWBALL\", \"version\": 2,"
                + " \"underlying\": \"000300.SH\", \"terms\": {\"couponPct\": 15}}, " + MARKET + "}");
        assertTrue(TemplatePricingJson.isTemplate(root));
        TemplatePriceRequest request = json.readPrice(root);
        assertEquals("MY_SNOWBALL", request.template());
        assertEquals(2, request.version());
        assertEquals(15, request.terms().get("couponPct").intValue());
        assertEquals(PriceRequest.DEFAULT_PATHS, request.paths());
        assertEquals(PriceRequest.DEFAULT_SEED, request.seed());
        assertEquals(CalendarId.CN_SSE, request.calendar());
        assertEquals(100.0, request.market().initialPrice());
        assertTrue(request.greeks());
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        JsonNode root = tree("{\"product\": {\"type\": \"TEMPLATE\", \"template\": \"lower\", \"version\": 0,"
                + " \"underlying\": \"999999.SZ\", \"terms\": [], \"strikePct\": 100}, \"method\": \"PDE\", \"paths\": 1,"
                + " \"market\": {\"valuationDate\": \"2026-01-05\", \"spot\": 100, \"vol\": -0.1}}");
        ValidationException e = assertThrows(ValidationException.class, () -> json.readPrice(root));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        for (String field : List.of("product.template", "product.version", "product.underlying", "product.terms",
                "product.strikePct", "method", "paths", "market.rate")) {
            assertTrue(fields.contains(field), field + " in " + e.errors());
        }
    }

    @Test
    void aTemplateIsNotSolvedAndNeedsItsTerms() throws Exception {
        JsonNode root = tree("{\"product\": {\"type\": \"TEMPLATE\", \"template\": \"X\", \"version\": 1,"
                + " \"underlying\": \"000300.SH\"}, \"solveFor\": \"COUPON\", " + MARKET + "}");
        ValidationException e = assertThrows(ValidationException.class, () -> json.readPrice(root));
        assertEquals(List.of("solveFor", "product.terms"), e.errors().stream().map(FieldError::field).toList());
        assertFalse(TemplatePricingJson.isTemplate(tree("{\"product\": {\"type\": \"SNOWBALL\"}}")));
    }
}

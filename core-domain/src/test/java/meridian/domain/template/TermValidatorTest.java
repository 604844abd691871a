package meridian.domain.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermValidatorTest {
    private static final List<TermField> SNOWBALL = TemplateJson.readResource("/meridian/templates/snowball.json").fields();

    private static Map<String, String> errorsOf(ValidationException e) {
        return e.errors().stream().collect(java.util.stream.Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void validTermsGetTheirDefaults() throws Exception {
        TermSet terms = TermValidator.validate(SNOWBALL, new ObjectMapper().readTree(
                "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"knockOutPct\": 103,"
                        + " \"knockInPct\": 80, \"couponPct\": 15.5}"), "terms");
        assertEquals(new TermValue.Number(new BigDecimal("0")), terms.get("lockMonths"));
        assertEquals(new TermValue.Number(new BigDecimal("15.5")), terms.get("dividendCouponPct"));
        assertEquals(new TermValue.Date(LocalDate.of(2026, 1, 5)), terms.get("startDate"));
    }

    @Test
    void everyBadTermIsNamedByItsPath() {
        ValidationException e = assertThrows(ValidationException.class, () -> TermValidator.validate(SNOWBALL,
                Map.of("notional", -5, "startDate", "2026-13-01", "tenorMonths", 12.5, "knockOutPct", "high",
                        "knockInPct", 80, "lockMonths", 0, "colour", "red"), "product.terms"));
        Map<String, String> errors = errorsOf(e);
        assertEquals("must be above 0, not -5", errors.get("product.terms.notional"));
        assertEquals("must be a date (YYYY-MM-DD)", errors.get("product.terms.startDate"));
        assertEquals("must be a whole number, not 12.5", errors.get("product.terms.tenorMonths"));
        assertEquals("must be a number", errors.get("product.terms.knockOutPct"));
        assertEquals("is required", errors.get("product.terms.couponPct"));
        assertTrue(errors.get("product.terms.colour").startsWith("is not a term of this template"));
        assertEquals(6, errors.size(), e.getMessage());
    }

    @Test
    void enumAndBooleanTermsAcceptOnlyTheirValues() {
        List<TermField> fields = List.of(TermField.choice("optionType", List.of("CALL", "PUT")),
                TermField.required("memory", TermType.BOOLEAN));
        ValidationException e = assertThrows(ValidationException.class,
                () -> TermValidator.validate(fields, Map.of("optionType", "STRADDLE", "memory", "yes"), "terms"));
        Map<String, String> errors = errorsOf(e);
        assertEquals("must be one of CALL, PUT", errors.get("terms.optionType"));
        assertEquals("must be true or false", errors.get("terms.memory"));
    }

    @Test
    void fieldDefinitionsAreThemselvesValidated() {
        ValidationException required = assertThrows(ValidationException.class, () ->
                new TermField("x", TermType.NUMBER, "", true, new TermValue.Number(BigDecimal.ONE), null, null, false, null, false, null));
        assertEquals("fields.x.default", required.errors().get(0).field());
        ValidationException outOfBounds = assertThrows(ValidationException.class, () ->
                TermField.required("lock", TermType.INTEGER).withMin(BigDecimal.ZERO, false)
                        .withDefault(new TermValue.Number(new BigDecimal("-1"))));
        assertEquals("fields.lock.default", outOfBounds.errors().get(0).field());
        ValidationException enumWithoutValues = assertThrows(ValidationException.class,
                () -> TermField.required("side", TermType.ENUM));
        assertEquals("fields.side.values", enumWithoutValues.errors().get(0).field());
    }
}

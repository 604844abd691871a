package meridian.domain.template;

import com.fasterxml.jackson.databind.JsonNode;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a set of terms against a template's fields. Every problem is reported at once, each named by its
 * path ({@code terms.couponPct}); unknown terms are rejected rather than ignored.
 */
public final class TermValidator {
    private TermValidator() {
    }

    /** Terms from JSON ({@code {"couponPct": 20, "startDate": "2026-01-05"}}). */
    public static TermSet validate(List<TermField> fields, JsonNode terms, String prefix) {
        if (terms == null || terms.isNull() || terms.isMissingNode()) {
            terms = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!terms.isObject()) {
            throw new ValidationException(prefix, "must be an object of term values");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = terms.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            raw.put(entry.getKey(), fromJson(entry.getValue()));
        }
        return validate(fields, raw, prefix);
    }

    /** Terms as Java values: numbers, text (also for dates), booleans, {@link LocalDate}s. */
    public static TermSet validate(List<TermField> fields, Map<String, ?> terms, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, TermField> byName = new LinkedHashMap<>();
        for (TermField field : fields) {
            byName.put(field.name(), field);
        }
        for (String given : terms.keySet()) {
            if (!byName.containsKey(given)) {
                errors.add(new FieldError(prefix + "." + given, "is not a term of this template (terms: "
                        + String.join(", ", byName.keySet()) + ")"));
            }
        }
        Map<String, TermValue> values = new LinkedHashMap<>();
        for (TermField field : fields) {
            String path = prefix + "." + field.name();
            Object raw = terms.get(field.name());
            if (raw == null) {
                if (field.required()) {
                    errors.add(new FieldError(path, "is required"));
                } else if (field.defaultValue() != null) {
                    values.put(field.name(), field.defaultValue());
                }
                continue;
            }
            TermValue value = convert(raw, field.type());
            String problem = value == null ? field.problemWith(new TermValue.Text(String.valueOf(raw))) : field.problemWith(value);
            if (value == null && problem == null) {
                problem = "is not a valid " + field.type().name().toLowerCase();
            }
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            } else {
                values.put(field.name(), value);
            }
        }
        for (TermField field : fields) {
            if (field.defaultFrom() != null && !values.containsKey(field.name()) && terms.get(field.name()) == null) {
                TermValue from = values.get(field.defaultFrom());
                if (from != null) {
                    String problem = field.problemWith(from);
                    if (problem != null) {
                        errors.add(new FieldError(prefix + "." + field.name(),
                                "defaults to " + field.defaultFrom() + ", which " + problem + " for this term"));
                    } else {
                        values.put(field.name(), from);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TermSet(values);
    }

    private static TermValue convert(Object raw, TermType type) {
        return switch (type) {
            case NUMBER, PERCENT, INTEGER -> raw instanceof Number number ? TermValue.of(number) : null;
            case DATE -> {
                if (raw instanceof LocalDate date) {
                    yield new TermValue.Date(date);
                }
                if (raw instanceof String text) {
                    try {
                        yield new TermValue.Date(LocalDate.parse(text));
                    } catch (DateTimeParseException e) {
                        yield null;
                    }
                }
                yield null;
            }
            case BOOLEAN -> raw instanceof Boolean bool ? new TermValue.Bool(bool) : null;
            case ENUM -> raw instanceof String text ? new TermValue.Text(text) : null;
        };
    }

    private static Object fromJson(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return null;
        }
        return node.toString();
    }

    static BigDecimal number(TermValue value) {
        return ((TermValue.Number) value).value();
    }
}

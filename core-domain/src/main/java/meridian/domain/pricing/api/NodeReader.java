package meridian.domain.pricing.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import meridian.domain.common.FieldError;

/** Reads typed fields of one JSON object, recording a field error (with its path) for each bad one. */
final class NodeReader {
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    NodeReader(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    JsonNode child(String name) {
        return node.get(name);
    }

    void rejectUnknown(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(name, "is not a known field here");
            }
        }
    }

    /** The field's value, or null when absent (recording "is required" if it must be there). */
    private JsonNode present(String name, boolean required) {
        if (has(name)) {
            return node.get(name);
        }
        if (required) {
            error(name, "is required");
        }
        return null;
    }

    /** The field's numeric value, or null when absent or not a number (recorded). */
    private JsonNode numeric(String name, boolean required) {
        JsonNode value = present(name, required);
        if (value != null && !value.isNumber()) {
            error(name, "must be a number");
            return null;
        }
        return value;
    }

    String text(String name, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            error(name, "must be a non-empty string");
            return null;
        }
        return value.asText().strip();
    }

    Double number(String name, boolean required) {
        JsonNode value = numeric(name, required);
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            error(name, "must be a finite number");
            return null;
        }
        return number;
    }

    BigDecimal decimal(String name, boolean required) {
        JsonNode value = numeric(name, required);
        return value == null ? null : value.decimalValue();
    }

    Long integer(String name, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || !isIntegral(value)) {
            error(name, "must be a whole number");
            return null;
        }
        return value.decimalValue().longValueExact();
    }

    private static boolean isIntegral(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToLong();
        }
        BigDecimal decimal = value.decimalValue();
        try {
            decimal.longValueExact();
            return true;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }

    Boolean bool(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            error(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    LocalDate date(String name, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(name, "must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + text);
            return null;
        }
    }
}

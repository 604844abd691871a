package meridian.domain.abs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import meridian.domain.common.FieldError;

/** Reads typed fields out of a JSON tree, collecting one error per bad field under its full path. */
final class JsonFieldReader {
    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    boolean hasErrorsSince(int mark) {
        return errors.size() > mark;
    }

    int mark() {
        return errors.size();
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static boolean absent(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull();
    }

    /** The object at {@code name}, or null (with an error) when missing or not an object. */
    JsonNode object(JsonNode node, String name, String parent) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            error(path(parent, name), "required");
            return null;
        }
        if (!value.isObject()) {
            error(path(parent, name), "must be an object");
            return null;
        }
        return value;
    }

    /** The array at {@code name}; null when absent (an error only if required) or not an array. */
    JsonNode array(JsonNode node, String name, String parent, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) error(path(parent, name), "required");
            return null;
        }
        if (!value.isArray()) {
            error(path(parent, name), "must be an array");
            return null;
        }
        return value;
    }

    BigDecimal decimal(JsonNode node, String name, String parent, boolean required, boolean nonNegative) {
        JsonNode value = node.get(name);
        String field = path(parent, name);
        if (value == null || value.isNull()) {
            if (required) error(field, "required");
            return null;
        }
        return decimalValue(value, field, nonNegative);
    }

    BigDecimal decimalValue(JsonNode value, String field, boolean nonNegative) {
        if (!value.isNumber()) {
            error(field, "must be a number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (nonNegative && number.signum() < 0) {
            error(field, "must not be negative");
            return null;
        }
        return number;
    }

    BigDecimal percent(JsonNode node, String name, String parent, boolean required) {
        BigDecimal value = decimal(node, name, parent, required, true);
        if (value != null && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            error(path(parent, name), "must be between 0 and 100");
            return null;
        }
        return value;
    }

    Integer integer(JsonNode node, String name, String parent, int min) {
        JsonNode value = node.get(name);
        String field = path(parent, name);
        if (value == null || value.isNull()) {
            error(field, "required");
            return null;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
            error(field, "must be a whole number");
            return null;
        }
        if (!value.canConvertToInt()) {
            error(field, "out of range");
            return null;
        }
        int number = value.intValue();
        if (number < min) {
            error(field, min == 0 ? "must not be negative" : "must be at least " + min);
            return null;
        }
        return number;
    }

    String text(JsonNode node, String name, String parent, boolean required) {
        JsonNode value = node.get(name);
        String field = path(parent, name);
        if (value == null || value.isNull()) {
            if (required) error(field, "required");
            return null;
        }
        if (!value.isTextual()) {
            error(field, "must be a string");
            return null;
        }
        if (required && value.asText().isBlank()) {
            error(field, "must not be blank");
            return null;
        }
        return value.asText();
    }

    LocalDate date(JsonNode node, String name, String parent) {
        String text = text(node, name, parent, true);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(path(parent, name), "must be a date like 2026-01-31");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String name, String parent, Class<E> type) {
        String text = text(node, name, parent, true);
        if (text == null) return null;
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(path(parent, name), "unknown value '" + text + "', expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}

package meridian.domain.template;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One term of a template: its name, type and rules. A term is either required (no default) or optional
 * with a default: a fixed value, or the value of another term ({@code defaultFrom}).
 * Bounds are inclusive unless marked exclusive; they apply to numeric terms only.
 */
public record TermField(String name, TermType type, String description, boolean required, TermValue defaultValue,
                        String defaultFrom, BigDecimal min, boolean minExclusive, BigDecimal max,
                        boolean maxExclusive, List<String> values) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public TermField {
        List<FieldError> errors = new ArrayList<>();
        String at = "fields." + name;
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(new FieldError(at + ".name", "must be a name of letters, digits and '_', not starting with a digit"));
        }
        if (type == null) {
            errors.add(new FieldError(at + ".type", "is required: one of NUMBER, PERCENT, INTEGER, DATE, ENUM, BOOLEAN"));
            throw new ValidationException(errors);
        }
        description = description == null ? "" : description;
        values = values == null ? List.of() : List.copyOf(values);
        if (type == TermType.ENUM && values.isEmpty()) {
            errors.add(new FieldError(at + ".values", "an ENUM term lists its allowed values"));
        }
        if (type != TermType.ENUM && !values.isEmpty()) {
            errors.add(new FieldError(at + ".values", "only an ENUM term lists values"));
        }
        if (!type.isNumeric() && (min != null || max != null)) {
            errors.add(new FieldError(at + (min != null ? ".min" : ".max"), "only numeric terms have bounds"));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new FieldError(at + ".min", "is above max " + max.toPlainString()));
        }
        boolean hasDefault = defaultValue != null || defaultFrom != null;
        if (required && hasDefault) {
            errors.add(new FieldError(at + ".default", "a required term has no default"));
        }
        if (!required && !hasDefault) {
            errors.add(new FieldError(at + ".default", "an optional term needs a default (a value or defaultFrom)"));
        }
        if (defaultValue != null && defaultFrom != null) {
            errors.add(new FieldError(at + ".defaultFrom", "give either default or defaultFrom, not both"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (defaultValue != null) {
            String problem = problemWith(defaultValue, type, min, minExclusive, max, maxExclusive, values);
            if (problem != null) {
                throw new ValidationException(at + ".default", problem);
            }
        }
    }

    public static TermField required(String name, TermType type) {
        return new TermField(name, type, "", true, null, null, null, false, null, false, List.of());
    }

    /** A required ENUM term with its allowed values. */
    public static TermField choice(String name, List<String> values) {
        return new TermField(name, TermType.ENUM, "", true, null, null, null, false, null, false, values);
    }

    public TermField withDescription(String text) {
        return new TermField(name, type, text, required, defaultValue, defaultFrom, min, minExclusive, max, maxExclusive, values);
    }

    public TermField withMin(BigDecimal bound, boolean exclusive) {
        return new TermField(name, type, description, required, defaultValue, defaultFrom, bound, exclusive, max, maxExclusive, values);
    }

    public TermField withMax(BigDecimal bound, boolean exclusive) {
        return new TermField(name, type, description, required, defaultValue, defaultFrom, min, minExclusive, bound, exclusive, values);
    }

    public TermField withDefault(TermValue value) {
        return new TermField(name, type, description, false, value, null, min, minExclusive, max, maxExclusive, values);
    }

    public TermField withDefaultFrom(String otherTerm) {
        return new TermField(name, type, description, false, null, otherTerm, min, minExclusive, max, maxExclusive, values);
    }

    public TermField withValues(List<String> allowed) {
        return new TermField(name, type, description, required, defaultValue, defaultFrom, min, minExclusive, max, maxExclusive, allowed);
    }

    /** Why {@code value} is not acceptable for this term, or null when it is. */
    public String problemWith(TermValue value) {
        return problemWith(value, type, min, minExclusive, max, maxExclusive, values);
    }

    private static String problemWith(TermValue value, TermType type, BigDecimal min, boolean minExclusive,
                                      BigDecimal max, boolean maxExclusive, List<String> values) {
        switch (type) {
            case NUMBER, PERCENT, INTEGER -> {
                if (!(value instanceof TermValue.Number number)) {
                    return "must be a number";
                }
                BigDecimal v = number.value();
                if (type == TermType.INTEGER && v.stripTrailingZeros().scale() > 0) {
                    return "must be a whole number, not " + v.toPlainString();
                }
                if (min != null && (minExclusive ? v.compareTo(min) <= 0 : v.compareTo(min) < 0)) {
                    return "must be " + (minExclusive ? "above " : "at least ") + min.toPlainString() + ", not " + v.toPlainString();
                }
                if (max != null && (maxExclusive ? v.compareTo(max) >= 0 : v.compareTo(max) > 0)) {
                    return "must be " + (maxExclusive ? "below " : "at most ") + max.toPlainString() + ", not " + v.toPlainString();
                }
                return null;
            }
            case DATE -> {
                return value instanceof TermValue.Date ? null : "must be a date (YYYY-MM-DD)";
            }
            case BOOLEAN -> {
                return value instanceof TermValue.Bool ? null : "must be true or false";
            }
            case ENUM -> {
                if (value instanceof TermValue.Text text && values.contains(text.value())) {
                    return null;
                }
                return "must be one of " + String.join(", ", values);
            }
            default -> throw new IllegalStateException(type.name());
        }
    }
}

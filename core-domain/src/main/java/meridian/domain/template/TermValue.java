package meridian.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A validated value of one term. */
public sealed interface TermValue {
    record Number(BigDecimal value) implements TermValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    record Date(LocalDate value) implements TermValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    record Text(String value) implements TermValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    record Bool(boolean value) implements TermValue {}

    static TermValue of(Object javaValue) {
        if (javaValue instanceof BigDecimal decimal) {
            return new Number(decimal);
        }
        if (javaValue instanceof java.lang.Number number) {
            return new Number(new BigDecimal(number.toString()));
        }
        if (javaValue instanceof LocalDate date) {
            return new Date(date);
        }
        if (javaValue instanceof Boolean bool) {
            return new Bool(bool);
        }
        if (javaValue instanceof String text) {
            return new Text(text);
        }
        throw new IllegalArgumentException("not a term value: " + javaValue);
    }
}

package meridian.domain.rfq.parse;

import meridian.domain.common.ValidationException;

/**
 * A canonical tenor: {@code <n>D}, {@code <n>W} or {@code <n>M}. Years are months (1Y is 12M),
 * so that two ways of writing the same tenor compare equal.
 */
public record Tenor(int amount, Unit unit) {

    public enum Unit {
        D, W, M
    }

    public Tenor {
        if (unit == null) {
            throw new ValidationException("tenor", "a tenor needs a unit");
        }
        if (amount <= 0) {
            throw new ValidationException("tenor", "a tenor is positive, got " + amount);
        }
    }

    public static Tenor days(int n) {
        return new Tenor(n, Unit.D);
    }

    public static Tenor weeks(int n) {
        return new Tenor(n, Unit.W);
    }

    public static Tenor months(int n) {
        return new Tenor(n, Unit.M);
    }

    public static Tenor years(int n) {
        return new Tenor(n * 12, Unit.M);
    }

    /** Reads the canonical form, e.g. {@code 12M}. */
    public static Tenor parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]*[DWM]")) {
            throw new ValidationException("tenor", "expected <n>D, <n>W or <n>M, got " + text);
        }
        int amount = Integer.parseInt(text.substring(0, text.length() - 1));
        return new Tenor(amount, Unit.valueOf(text.substring(text.length() - 1)));
    }

    @Override
    public String toString() {
        return amount + unit.name();
    }
}

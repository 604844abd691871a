package meridian.domain.template.script;

import meridian.domain.common.ValidationException;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.TermSet;
import meridian.domain.template.TermValue;
import meridian.domain.template.TradingCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Computes the values known before the path (terms, market, lets of them, schedules) once per pricing.
 * Values are Double, Boolean, LocalDate, String or a schedule: an ascending {@code List<LocalDate>} that holds
 * only dates on or after the valuation date (past fixings are not part of the flat market).
 */
final class SetupEvaluator {
    private final CheckedScript script;
    private final TermSet terms;
    private final MarketInputs market;
    private final TradingCalendar calendar;
    private final String termsPath;
    private final Map<Symbol, Object> letValues = new IdentityHashMap<>();

    SetupEvaluator(CheckedScript script, TermSet terms, MarketInputs market, TradingCalendar calendar, String termsPath) {
        this.script = script;
        this.terms = terms;
        this.market = market;
        this.calendar = calendar;
        this.termsPath = termsPath;
    }

    Object eval(Expr expr) {
        if (expr instanceof Expr.NumberLit number) {
            return number.value();
        }
        if (expr instanceof Expr.BoolLit bool) {
            return bool.value();
        }
        if (expr instanceof Expr.TextLit text) {
            return text.value();
        }
        if (expr instanceof Expr.Name name) {
            return name(name);
        }
        if (expr instanceof Expr.Unary unary) {
            Object operand = eval(unary.operand());
            return unary.op() == Expr.UnaryOp.NEGATE ? -(Double) operand : !(Boolean) operand;
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary);
        }
        if (expr instanceof Expr.Conditional conditional) {
            return (Boolean) eval(conditional.condition()) ? eval(conditional.whenTrue()) : eval(conditional.whenFalse());
        }
        return call((Expr.Call) expr);
    }

    double number(Expr expr) {
        return (Double) eval(expr);
    }

    /** The value of a number, bool or date expression as the path program stores it. */
    double asSlot(Expr expr) {
        Object value = eval(expr);
        if (value instanceof Double number) {
            return number;
        }
        if (value instanceof Boolean bool) {
            return bool ? 1.0 : 0.0;
        }
        return daysAfterValuation((LocalDate) value);
    }

    double daysAfterValuation(LocalDate date) {
        return ChronoUnit.DAYS.between(market.valuationDate(), date);
    }

    @SuppressWarnings("unchecked")
    List<LocalDate> schedule(Expr expr) {
        Object value = eval(expr);
        if (value instanceof LocalDate date) {
            return List.of(date);
        }
        return (List<LocalDate>) value;
    }

    private Object name(Expr.Name name) {
        Symbol symbol = script.symbolOf(name);
        if (symbol instanceof Symbol.Term term) {
            TermValue value = terms.get(term.name());
            if (value instanceof TermValue.Number number) {
                return number.value().doubleValue();
            }
            if (value instanceof TermValue.Date date) {
                return date.value();
            }
            if (value instanceof TermValue.Bool bool) {
                return bool.value();
            }
            return ((TermValue.Text) value).value();
        }
        if (symbol instanceof Symbol.Market) {
            return name.name().equals("initialPrice") ? (Object) market.initialPrice() : market.valuationDate();
        }
        if (symbol instanceof Symbol.Let let) {
            Object known = letValues.get(let);
            if (known == null) {
                known = eval(let.declaration().value());
                letValues.put(let, known);
            }
            return known;
        }
        throw new IllegalStateException("'" + name.name() + "' at " + name.position() + " is not known before the path");
    }

    private Object binary(Expr.Binary binary) {
        Object left = eval(binary.left());
        Object right = eval(binary.right());
        if (left instanceof Double a && right instanceof Double b && !binary.op().isArithmetic()) {
            switch (binary.op()) {
                case EQUAL:
                    return a.doubleValue() == b.doubleValue();
                case NOT_EQUAL:
                    return a.doubleValue() != b.doubleValue();
                case LESS:
                    return a < b;
                case LESS_EQUAL:
                    return a <= b;
                case GREATER:
                    return a > b;
                case GREATER_EQUAL:
                    return a >= b;
                default:
                    throw new IllegalStateException(binary.op().name());
            }
        }
        switch (binary.op()) {
            case ADD:
                return (Double) left + (Double) right;
            case SUBTRACT:
                return (Double) left - (Double) right;
            case MULTIPLY:
                return (Double) left * (Double) right;
            case DIVIDE:
                return (Double) left / (Double) right;
            case AND:
                return (Boolean) left && (Boolean) right;
            case OR:
                return (Boolean) left || (Boolean) right;
            case EQUAL:
                return compare(left, right) == 0;
            case NOT_EQUAL:
                return compare(left, right) != 0;
            case LESS:
                return compare(left, right) < 0;
            case LESS_EQUAL:
                return compare(left, right) <= 0;
            case GREATER:
                return compare(left, right) > 0;
            default:
                return compare(left, right) >= 0;
        }
    }

    /** Compares dates by day, bools as 0 and 1, texts for equality. */
    private static int compare(Object left, Object right) {
        if (left instanceof LocalDate a) {
            return a.compareTo((LocalDate) right);
        }
        if (left instanceof Boolean a) {
            return Boolean.compare(a, (Boolean) right);
        }
        return left.equals(right) ? 0 : 2;
    }

    private Object call(Expr.Call call) {
        List<Expr> args = call.arguments();
        switch (call.function()) {
            case "max": {
                double result = number(args.get(0));
                for (int i = 1; i < args.size(); i++) {
                    result = Math.max(result, number(args.get(i)));
                }
                return result;
            }
            case "min": {
                double result = number(args.get(0));
                for (int i = 1; i < args.size(); i++) {
                    result = Math.min(result, number(args.get(i)));
                }
                return result;
            }
            case "abs":
                return Math.abs(number(args.get(0)));
            case "exp":
                return Math.exp(number(args.get(0)));
            case "log":
                return Math.log(number(args.get(0)));
            case "sqrt":
                return Math.sqrt(number(args.get(0)));
            case "yearFrac":
                return ChronoUnit.DAYS.between(date(args.get(0)), date(args.get(1))) / 365.0;
            case "days":
                return (double) ChronoUnit.DAYS.between(date(args.get(0)), date(args.get(1)));
            case "addDays":
                return date(args.get(0)).plusDays(whole(args.get(1), call));
            case "addMonths":
                return calendar.onOrAfter(date(args.get(0)).plusMonths(whole(args.get(1), call)));
            case "monthly":
                return monthly(call);
            case "daily":
                return daily(date(args.get(0)), date(args.get(1)));
            case "dates": {
                TreeSet<LocalDate> dates = new TreeSet<>();
                for (Expr arg : args) {
                    dates.add(date(arg));
                }
                return future(new ArrayList<>(dates));
            }
            case "count":
                return (double) schedule(args.get(0)).size();
            case "first":
            case "last": {
                List<LocalDate> dates = schedule(args.get(0));
                if (dates.isEmpty()) {
                    throw fail(call, call.function() + "() of a schedule with no dates on or after the valuation date");
                }
                return call.function().equals("first") ? dates.get(0) : dates.get(dates.size() - 1);
            }
            default:
                throw new IllegalStateException(call.function() + "() is not evaluated before the path");
        }
    }

    private List<LocalDate> monthly(Expr.Call call) {
        LocalDate start = date(call.arguments().get(0));
        long from = whole(call.arguments().get(1), call);
        long to = whole(call.arguments().get(2), call);
        List<LocalDate> dates = new ArrayList<>();
        for (long m = from; m <= to; m++) {
            LocalDate date = calendar.onOrAfter(start.plusMonths(m));
            if (dates.isEmpty() || date.isAfter(dates.get(dates.size() - 1))) {
                dates.add(date);
            }
        }
        return future(dates);
    }

    private List<LocalDate> daily(LocalDate after, LocalDate through) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = after.plusDays(1); !day.isAfter(through); day = day.plusDays(1)) {
            if (calendar.isTradingDay(day)) {
                dates.add(day);
            }
        }
        return future(dates);
    }

    private List<LocalDate> future(List<LocalDate> dates) {
        List<LocalDate> kept = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            if (!date.isBefore(market.valuationDate())) {
                kept.add(date);
            }
        }
        return List.copyOf(kept);
    }

    private LocalDate date(Expr expr) {
        return (LocalDate) eval(expr);
    }

    private long whole(Expr expr, Expr.Call call) {
        double value = number(expr);
        if (value != Math.rint(value) || Math.abs(value) > 100_000) {
            throw fail(call, call.function() + "() needs a whole number of months or days, not " + value);
        }
        return (long) value;
    }

    private ValidationException fail(Expr.Call call, String message) {
        return new ValidationException(termsPath, "line " + call.position().line() + ", column "
                + call.position().column() + ": " + message);
    }
}

package meridian.domain.template.script;

import java.util.List;
import java.util.Map;

/** The built-in functions: their signatures and the phase they need. */
final class Functions {
    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("max", "max(number, number, ...)"), Map.entry("min", "min(number, number, ...)"),
            Map.entry("abs", "abs(number)"), Map.entry("exp", "exp(number)"), Map.entry("log", "log(number)"),
            Map.entry("sqrt", "sqrt(number)"), Map.entry("yearFrac", "yearFrac(date, date)"),
            Map.entry("days", "days(date, date)"), Map.entry("addDays", "addDays(date, number)"),
            Map.entry("addMonths", "addMonths(date, number)"),
            Map.entry("monthly", "monthly(date, number, number)"), Map.entry("daily", "daily(date, date)"),
            Map.entry("dates", "dates(date, ...)"), Map.entry("count", "count(schedule)"),
            Map.entry("first", "first(schedule)"), Map.entry("last", "last(schedule)"),
            Map.entry("spot", "spot(date)"));

    private Functions() {
    }

    static boolean isFunction(String name) {
        return SIGNATURES.containsKey(name);
    }

    static TypeChecker.Checked check(Expr.Call call, TypeChecker checker) {
        String name = call.function();
        List<Expr> args = call.arguments();
        String signature = SIGNATURES.get(name);
        if (signature == null) {
            for (Expr arg : args) {
                checker.expr(arg);
            }
            checker.error(call.position(), "unknown function '" + name + "'");
            return new TypeChecker.Checked(null, Phase.SETUP);
        }
        if (name.equals("spot")) {
            return spot(call, checker);
        }
        Phase phase = Phase.SETUP;
        TypeChecker.Checked[] checked = new TypeChecker.Checked[args.size()];
        for (int i = 0; i < args.size(); i++) {
            checked[i] = checker.expr(args.get(i));
            phase = phase.join(checked[i].phase());
        }
        Type result;
        Type[] expected;
        boolean setupOnly = false;
        switch (name) {
            case "max", "min" -> {
                result = Type.NUMBER;
                expected = repeat(Type.NUMBER, Math.max(2, args.size()));
            }
            case "abs", "exp", "log", "sqrt" -> {
                result = Type.NUMBER;
                expected = new Type[]{Type.NUMBER};
            }
            case "yearFrac", "days" -> {
                result = Type.NUMBER;
                expected = new Type[]{Type.DATE, Type.DATE};
            }
            case "addDays" -> {
                result = Type.DATE;
                expected = new Type[]{Type.DATE, Type.NUMBER};
            }
            case "addMonths" -> {
                result = Type.DATE;
                expected = new Type[]{Type.DATE, Type.NUMBER};
                setupOnly = true;
            }
            case "monthly" -> {
                result = Type.SCHEDULE;
                expected = new Type[]{Type.DATE, Type.NUMBER, Type.NUMBER};
                setupOnly = true;
            }
            case "daily" -> {
                result = Type.SCHEDULE;
                expected = new Type[]{Type.DATE, Type.DATE};
                setupOnly = true;
            }
            case "dates" -> {
                result = Type.SCHEDULE;
                expected = repeat(Type.DATE, Math.max(1, args.size()));
                setupOnly = true;
            }
            case "count" -> {
                result = Type.NUMBER;
                expected = new Type[]{Type.SCHEDULE};
            }
            case "first", "last" -> {
                result = Type.DATE;
                expected = new Type[]{Type.SCHEDULE};
            }
            default -> throw new IllegalStateException(name);
        }
        if (expected.length != args.size()) {
            checker.error(call.position(), name + "() takes " + describeCount(expected.length, name) + ": " + signature);
            return new TypeChecker.Checked(result, phase);
        }
        for (int i = 0; i < args.size(); i++) {
            checker.expectType(args.get(i), checked[i], expected[i], "argument " + (i + 1) + " of " + name + "()");
        }
        if (setupOnly && phase == Phase.PATH) {
            checker.error(call.position(), name + "() needs arguments known before the path (terms, market, lets of them)");
        }
        return new TypeChecker.Checked(result, phase);
    }

    /** {@code spot(d)}: d is a loop variable over a schedule, or a date known before the path. */
    private static TypeChecker.Checked spot(Expr.Call call, TypeChecker checker) {
        if (call.arguments().size() != 1) {
            for (Expr arg : call.arguments()) {
                checker.expr(arg);
            }
            checker.error(call.position(), "spot() takes 1 argument: spot(date)");
            return new TypeChecker.Checked(Type.NUMBER, Phase.PATH);
        }
        Expr arg = call.arguments().get(0);
        TypeChecker.Checked checked = checker.expr(arg);
        checker.expectType(arg, checked, Type.DATE, "the argument of spot()");
        boolean loopVariable = arg instanceof Expr.Name name && checker.bound(name) instanceof Symbol.Loop;
        if (checked.type() == Type.DATE && !loopVariable && checked.phase() == Phase.PATH) {
            checker.error(arg.position(), "spot() reads the spot on an observation date: give it the variable of a "
                    + "'for' loop over a schedule, or a date known before the path (such as the expiry)");
        }
        return new TypeChecker.Checked(Type.NUMBER, Phase.PATH);
    }

    private static Type[] repeat(Type type, int count) {
        Type[] types = new Type[count];
        java.util.Arrays.fill(types, type);
        return types;
    }

    private static String describeCount(int count, String name) {
        if (name.equals("max") || name.equals("min")) {
            return "at least 2 arguments";
        }
        if (name.equals("dates")) {
            return "at least 1 argument";
        }
        return count + (count == 1 ? " argument" : " arguments");
    }
}

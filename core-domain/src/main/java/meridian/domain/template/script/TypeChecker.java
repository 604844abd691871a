package meridian.domain.template.script;

import meridian.domain.template.TermField;
import meridian.domain.template.TermType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks types, phases and names of a parsed script against the template's terms, collecting every error.
 * Names live in nested block scopes; a name may not be declared twice in scopes that overlap.
 */
public final class TypeChecker {
    /** Names the market provides to every script. */
    public static final List<String> MARKET_NAMES = List.of("initialPrice", "valuationDate");

    private final List<ScriptError> errors = new ArrayList<>();
    private final Map<Expr, Type> types = new IdentityHashMap<>();
    private final Map<Expr, Phase> phases = new IdentityHashMap<>();
    private final Map<Expr.Name, Symbol> bindings = new IdentityHashMap<>();
    private final Map<Stmt, Symbol> declarations = new IdentityHashMap<>();
    private final Map<String, Symbol> globals = new LinkedHashMap<>();
    private final Deque<Map<String, Symbol>> scopes = new ArrayDeque<>();
    private int loopDepth;

    private TypeChecker(List<TermField> fields) {
        for (TermField field : fields) {
            globals.put(field.name(), new Symbol.Term(field, typeOfTerm(field.type())));
        }
        globals.put("initialPrice", new Symbol.Market("initialPrice", Type.NUMBER));
        globals.put("valuationDate", new Symbol.Market("valuationDate", Type.DATE));
    }

    public static CheckedScript check(List<Stmt> program, List<TermField> fields) {
        TypeChecker checker = new TypeChecker(fields);
        for (TermField field : fields) {
            if (MARKET_NAMES.contains(field.name())) {
                checker.errors.add(new ScriptError(new Position(1, 1),
                        "term '" + field.name() + "' clashes with the market value of that name; rename the term"));
            }
        }
        checker.block(program, true);
        if (!checker.errors.isEmpty()) {
            throw new ScriptException(checker.errors);
        }
        return new CheckedScript(program, checker.types, checker.phases, checker.bindings, checker.declarations);
    }

    static Type typeOfTerm(TermType type) {
        return switch (type) {
            case NUMBER, PERCENT, INTEGER -> Type.NUMBER;
            case DATE -> Type.DATE;
            case BOOLEAN -> Type.BOOL;
            case ENUM -> Type.TEXT;
        };
    }

    private void block(List<Stmt> statements, boolean topLevel) {
        scopes.push(new HashMap<>());
        for (Stmt statement : statements) {
            statement(statement, topLevel);
        }
        scopes.pop();
    }

    private void statement(Stmt statement, boolean topLevel) {
        if (statement instanceof Stmt.Let let) {
            Checked value = expr(let.value());
            declare(let.position(), let.name(), new Symbol.Let(let, value.type, value.phase), statement);
        } else if (statement instanceof Stmt.Var var) {
            Checked initial = expr(var.initial());
            if (initial.type != null && !(initial.type == Type.NUMBER || initial.type == Type.BOOL || initial.type == Type.DATE)) {
                error(var.initial().position(), "var '" + var.name() + "' must hold a number, bool or date, not a "
                        + initial.type.display() + "; use let");
            }
            declare(var.position(), var.name(), new Symbol.Var(var, initial.type), statement);
        } else if (statement instanceof Stmt.Assign assign) {
            Checked value = expr(assign.value());
            Symbol target = lookup(assign.name());
            if (target == null) {
                error(assign.position(), "unknown name '" + assign.name() + "': declare it first with 'var " + assign.name() + " = ...'");
            } else if (!(target instanceof Symbol.Var var)) {
                error(assign.position(), "cannot assign to '" + assign.name() + "': only a var can change (it is "
                        + kind(target) + ")");
            } else {
                declarations.put(assign, var);
                if (value.type != null && var.type() != null && value.type != var.type()) {
                    error(assign.value().position(), "var '" + assign.name() + "' holds a " + var.type().display()
                            + " but is assigned a " + value.type.display());
                }
            }
        } else if (statement instanceof Stmt.Require require) {
            if (!topLevel) {
                error(require.position(), "'require' checks the terms and belongs at the top level, outside blocks");
            }
            Checked condition = expr(require.condition());
            expectType(require.condition(), condition, Type.BOOL, "the condition of 'require'");
            if (condition.phase == Phase.PATH) {
                error(require.condition().position(), "the condition of 'require' must not depend on the path");
            }
            if (!(globals.get(require.field()) instanceof Symbol.Term)) {
                error(require.fieldPosition(), "'" + require.field() + "' after 'else' must name a term of the template");
            }
        } else if (statement instanceof Stmt.If ifStmt) {
            Checked condition = expr(ifStmt.condition());
            expectType(ifStmt.condition(), condition, Type.BOOL, "the condition of 'if'");
            block(ifStmt.thenBlock(), false);
            block(ifStmt.elseBlock(), false);
        } else if (statement instanceof Stmt.For loop) {
            Checked schedule = expr(loop.schedule());
            expectType(loop.schedule(), schedule, Type.SCHEDULE, "the range of 'for'");
            scopes.push(new HashMap<>());
            declare(loop.position(), loop.variable(), new Symbol.Loop(loop), statement);
            loopDepth++;
            block(loop.body(), false);
            loopDepth--;
            scopes.pop();
        } else if (statement instanceof Stmt.Pay pay) {
            expectType(pay.amount(), expr(pay.amount()), Type.NUMBER, "the amount of 'pay'");
            expectType(pay.date(), expr(pay.date()), Type.DATE, "the date of 'pay'");
        } else if (statement instanceof Stmt.Break brk) {
            if (loopDepth == 0) {
                error(brk.position(), "'break' outside a 'for' loop");
            }
        }
    }

    private void declare(Position at, String name, Symbol symbol, Stmt statement) {
        declarations.put(statement, symbol);
        Symbol existing = lookup(name);
        if (existing != null) {
            error(at, "'" + name + "' is already defined" + where(existing) + "; choose another name");
            return;
        }
        if (Functions.isFunction(name)) {
            error(at, "'" + name + "' is the name of a built-in function; choose another name");
            return;
        }
        scopes.peek().put(name, symbol);
    }

    private static String where(Symbol symbol) {
        if (symbol instanceof Symbol.Term) {
            return " as a term";
        }
        if (symbol instanceof Symbol.Market) {
            return " as a market value";
        }
        return " at " + declarationOf(symbol).position();
    }

    private static String kind(Symbol symbol) {
        if (symbol instanceof Symbol.Term) {
            return "a term";
        }
        if (symbol instanceof Symbol.Market) {
            return "a market value";
        }
        if (symbol instanceof Symbol.Let) {
            return "a let";
        }
        return symbol instanceof Symbol.Var ? "a var" : "a loop variable";
    }

    private static Stmt declarationOf(Symbol symbol) {
        if (symbol instanceof Symbol.Let let) {
            return let.declaration();
        }
        if (symbol instanceof Symbol.Var var) {
            return var.declaration();
        }
        return ((Symbol.Loop) symbol).declaration();
    }

    private Symbol lookup(String name) {
        for (Map<String, Symbol> scope : scopes) {
            Symbol symbol = scope.get(name);
            if (symbol != null) {
                return symbol;
            }
        }
        return globals.get(name);
    }

    /** A checked expression; type null means it had an error already reported. */
    record Checked(Type type, Phase phase) {
    }

    Checked expr(Expr expr) {
        Checked result;
        if (expr instanceof Expr.NumberLit) {
            result = new Checked(Type.NUMBER, Phase.SETUP);
        } else if (expr instanceof Expr.BoolLit) {
            result = new Checked(Type.BOOL, Phase.SETUP);
        } else if (expr instanceof Expr.TextLit) {
            result = new Checked(Type.TEXT, Phase.SETUP);
        } else if (expr instanceof Expr.Name name) {
            result = name(name);
        } else if (expr instanceof Expr.Unary unary) {
            result = unary(unary);
        } else if (expr instanceof Expr.Binary binary) {
            result = binary(binary);
        } else if (expr instanceof Expr.Conditional conditional) {
            result = conditional(conditional);
        } else {
            result = Functions.check((Expr.Call) expr, this);
        }
        if (result.type != null) {
            types.put(expr, result.type);
        }
        phases.put(expr, result.phase);
        return result;
    }

    private Checked name(Expr.Name name) {
        Symbol symbol = lookup(name.name());
        if (symbol == null) {
            if (Functions.isFunction(name.name())) {
                error(name.position(), "'" + name.name() + "' is a function: call it with arguments in parentheses");
            } else {
                error(name.position(), "unknown name '" + name.name() + "'" + suggestion(name.name()));
            }
            return new Checked(null, Phase.SETUP);
        }
        bindings.put(name, symbol);
        return new Checked(symbol.type(), symbol.phase());
    }

    private String suggestion(String unknown) {
        String best = null;
        int bestDistance = 3;
        List<String> candidates = new ArrayList<>(globals.keySet());
        for (Map<String, Symbol> scope : scopes) {
            candidates.addAll(scope.keySet());
        }
        for (String candidate : candidates) {
            int distance = distance(unknown.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private Checked unary(Expr.Unary unary) {
        Checked operand = expr(unary.operand());
        if (unary.op() == Expr.UnaryOp.NEGATE) {
            expectType(unary.operand(), operand, Type.NUMBER, "the operand of '-'");
            return new Checked(Type.NUMBER, operand.phase);
        }
        expectType(unary.operand(), operand, Type.BOOL, "the operand of 'not'");
        return new Checked(Type.BOOL, operand.phase);
    }

    private Checked binary(Expr.Binary binary) {
        Checked left = expr(binary.left());
        Checked right = expr(binary.right());
        Phase phase = left.phase.join(right.phase);
        Expr.BinaryOp op = binary.op();
        String what = "'" + op.symbol() + "'";
        if (op.isArithmetic()) {
            expectType(binary.left(), left, Type.NUMBER, "the left side of " + what);
            expectType(binary.right(), right, Type.NUMBER, "the right side of " + what);
            return new Checked(Type.NUMBER, phase);
        }
        if (op == Expr.BinaryOp.AND || op == Expr.BinaryOp.OR) {
            expectType(binary.left(), left, Type.BOOL, "the left side of " + what);
            expectType(binary.right(), right, Type.BOOL, "the right side of " + what);
            return new Checked(Type.BOOL, phase);
        }
        if (left.type != null && right.type != null) {
            if (left.type != right.type) {
                error(binary.position(), "cannot compare a " + left.type.display() + " with a " + right.type.display()
                        + " using " + what);
            } else if (op.isOrdering() && !(left.type == Type.NUMBER || left.type == Type.DATE)) {
                error(binary.position(), what + " orders numbers or dates, not " + left.type.display() + "s");
            } else if (left.type == Type.SCHEDULE) {
                error(binary.position(), "schedules cannot be compared");
            } else if (left.type == Type.TEXT) {
                checkEnumLiteral(binary.left(), binary.right());
                checkEnumLiteral(binary.right(), binary.left());
            }
        }
        return new Checked(Type.BOOL, phase);
    }

    private void checkEnumLiteral(Expr maybeTerm, Expr maybeLiteral) {
        if (maybeTerm instanceof Expr.Name name && bindings.get(name) instanceof Symbol.Term term
                && maybeLiteral instanceof Expr.TextLit literal && !term.field().values().contains(literal.value())) {
            error(literal.position(), "\"" + literal.value() + "\" is not a value of term '" + term.name() + "' (values: "
                    + String.join(", ", term.field().values()) + ")");
        }
    }

    private Checked conditional(Expr.Conditional conditional) {
        Checked condition = expr(conditional.condition());
        expectType(conditional.condition(), condition, Type.BOOL, "the condition of an 'if' expression");
        Checked whenTrue = expr(conditional.whenTrue());
        Checked whenFalse = expr(conditional.whenFalse());
        Phase phase = condition.phase.join(whenTrue.phase).join(whenFalse.phase);
        if (whenTrue.type == null || whenFalse.type == null) {
            return new Checked(null, phase);
        }
        if (whenTrue.type != whenFalse.type) {
            error(conditional.whenFalse().position(), "the two branches of an 'if' expression differ: "
                    + whenTrue.type.display() + " and " + whenFalse.type.display());
            return new Checked(null, phase);
        }
        if (phase == Phase.PATH && (whenTrue.type == Type.SCHEDULE || whenTrue.type == Type.TEXT)) {
            error(conditional.position(), "a " + whenTrue.type.display() + " cannot depend on the path");
        }
        return new Checked(whenTrue.type, phase);
    }

    void expectType(Expr expr, Checked checked, Type expected, String what) {
        if (checked.type != null && checked.type != expected) {
            error(expr.position(), what + " must be a " + expected.display() + ", not a " + checked.type.display()
                    + describe(expr));
        }
    }

    private static String describe(Expr expr) {
        return expr instanceof Expr.Name name ? " ('" + name.name() + "')" : "";
    }

    Symbol bound(Expr.Name name) {
        return bindings.get(name);
    }

    void error(Position position, String message) {
        errors.add(new ScriptError(position, message));
    }
}

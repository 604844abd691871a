package meridian.domain.template.script;

import java.util.List;

/** Expressions of the payoff language. */
public sealed interface Expr {
    Position position();

    record NumberLit(Position position, double value) implements Expr {}

    record BoolLit(Position position, boolean value) implements Expr {}

    record TextLit(Position position, String value) implements Expr {}

    record Name(Position position, String name) implements Expr {}

    record Unary(Position position, UnaryOp op, Expr operand) implements Expr {}

    record Binary(Position position, BinaryOp op, Expr left, Expr right) implements Expr {}

    /** {@code if c then a else b}. */
    record Conditional(Position position, Expr condition, Expr whenTrue, Expr whenFalse) implements Expr {}

    record Call(Position position, String function, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    enum UnaryOp { NEGATE, NOT }

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"),
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="),
        AND("and"), OR("or");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean isArithmetic() {
            return ordinal() <= DIVIDE.ordinal();
        }

        boolean isOrdering() {
            return this == LESS || this == LESS_EQUAL || this == GREATER || this == GREATER_EQUAL;
        }

        boolean isEquality() {
            return this == EQUAL || this == NOT_EQUAL;
        }
    }
}

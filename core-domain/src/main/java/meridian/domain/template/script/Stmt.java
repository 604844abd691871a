package meridian.domain.template.script;

import java.util.List;

/** Statements of the payoff language. */
public sealed interface Stmt {
    Position position();

    /** An immutable name; known before the path when its value does not depend on the path. */
    record Let(Position position, String name, Expr value) implements Stmt {}

    /** A path variable, set to its initial value where it is declared. */
    record Var(Position position, String name, Expr initial) implements Stmt {}

    record Assign(Position position, String name, Expr value) implements Stmt {}

    /** A check of the terms; when it fails, the named term is reported as invalid. */
    record Require(Position position, Expr condition, String field, Position fieldPosition, String message) implements Stmt {}

    record If(Position position, Expr condition, List<Stmt> thenBlock, List<Stmt> elseBlock) implements Stmt {
        public If {
            thenBlock = List.copyOf(thenBlock);
            elseBlock = List.copyOf(elseBlock);
        }
    }

    record For(Position position, String variable, Expr schedule, List<Stmt> body) implements Stmt {
        public For {
            body = List.copyOf(body);
        }
    }

    record Pay(Position position, Expr amount, Expr date) implements Stmt {}

    record Stop(Position position) implements Stmt {}

    record Break(Position position) implements Stmt {}
}

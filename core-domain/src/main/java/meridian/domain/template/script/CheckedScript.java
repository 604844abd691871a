package meridian.domain.template.script;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A parsed script with the type and phase of every expression and the symbol of every name. */
public record CheckedScript(List<Stmt> statements, Map<Expr, Type> types, Map<Expr, Phase> phases,
                            Map<Expr.Name, Symbol> bindings, Map<Stmt, Symbol> declarations) {
    public CheckedScript {
        statements = List.copyOf(statements);
        types = new IdentityHashMap<>(types);
        phases = new IdentityHashMap<>(phases);
        bindings = new IdentityHashMap<>(bindings);
        declarations = new IdentityHashMap<>(declarations);
    }

    public Type typeOf(Expr expr) {
        return types.get(expr);
    }

    public Phase phaseOf(Expr expr) {
        return phases.get(expr);
    }

    public Symbol symbolOf(Expr.Name name) {
        return bindings.get(name);
    }

    /** The symbol a let, var or for declares, or the var an assignment sets. */
    public Symbol declared(Stmt statement) {
        return declarations.get(statement);
    }
}

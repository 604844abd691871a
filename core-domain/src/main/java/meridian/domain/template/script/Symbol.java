package meridian.domain.template.script;

import meridian.domain.template.TermField;

/** What a name in a script stands for. */
public sealed interface Symbol {
    String name();

    Type type();

    Phase phase();

    record Term(TermField field, Type type) implements Symbol {
        public String name() {
            return field.name();
        }

        public Phase phase() {
            return Phase.SETUP;
        }
    }

    /** {@code initialPrice} (S0) or {@code valuationDate}. */
    record Market(String name, Type type) implements Symbol {
        public Phase phase() {
            return Phase.SETUP;
        }
    }

    record Let(Stmt.Let declaration, Type type, Phase phase) implements Symbol {
        public String name() {
            return declaration.name();
        }
    }

    record Var(Stmt.Var declaration, Type type) implements Symbol {
        public String name() {
            return declaration.name();
        }

        public Phase phase() {
            return Phase.PATH;
        }
    }

    /** The loop variable of {@code for d in schedule}: the observation date, whose spot {@code spot(d)} reads. */
    record Loop(Stmt.For declaration) implements Symbol {
        public String name() {
            return declaration.variable();
        }

        public Type type() {
            return Type.DATE;
        }

        public Phase phase() {
            return Phase.PATH;
        }
    }
}

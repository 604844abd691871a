package meridian.domain.template.script;

/** Types of the payoff language. TEXT exists only for comparing ENUM terms; SCHEDULE only before the path. */
public enum Type {
    NUMBER, BOOL, DATE, SCHEDULE, TEXT;

    String display() {
        return name().toLowerCase();
    }
}

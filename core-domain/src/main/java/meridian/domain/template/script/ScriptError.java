package meridian.domain.template.script;

import java.util.Objects;

/** One problem found in a script, at the place it was found. */
public record ScriptError(Position position, String message) {
    public ScriptError {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + position.line() + ", column " + position.column() + ": " + message;
    }
}

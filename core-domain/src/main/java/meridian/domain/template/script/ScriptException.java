package meridian.domain.template.script;

import java.util.List;
import java.util.stream.Collectors;

/** A script that does not parse or type-check; every error names its line and column. */
public class ScriptException extends RuntimeException {
    private final List<ScriptError> errors;

    public ScriptException(List<ScriptError> errors) {
        super(errors.stream().map(ScriptError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a script failure has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ScriptException(Position position, String message) {
        this(List.of(new ScriptError(position, message)));
    }

    public List<ScriptError> errors() {
        return errors;
    }
}

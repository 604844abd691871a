package meridian.domain.template;

import com.fasterxml.jackson.databind.JsonNode;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.template.script.CompiledScript;
import meridian.domain.template.script.Compiler;
import meridian.domain.template.script.Program;
import meridian.domain.template.script.ScriptException;

import java.util.List;

/** A template definition whose script parsed, type-checked and compiled. Immutable and safe to share. */
public final class CompiledTemplate {
    private final TemplateDefinition definition;
    private final CompiledScript script;

    private CompiledTemplate(TemplateDefinition definition, CompiledScript script) {
        this.definition = definition;
        this.script = script;
    }

    /**
     * Compiles the definition's script; a script error becomes a {@link ValidationException} on field
     * {@code script} whose messages start with line and column.
     */
    public static CompiledTemplate compile(TemplateDefinition definition) {
        try {
            return new CompiledTemplate(definition, Compiler.compile(definition.script(), definition.fields()));
        } catch (ScriptException e) {
            throw new ValidationException(e.errors().stream()
                    .map(error -> new FieldError("script", error.toString())).toList());
        }
    }

    public TemplateDefinition definition() {
        return definition;
    }

    public Program program() {
        return script.program();
    }

    public List<TermField> fields() {
        return definition.fields();
    }

    /** Checks terms (JSON) against the fields and the script's {@code require}s, then binds them and the market. */
    public ResolvedTemplate resolve(JsonNode terms, MarketInputs market, TradingCalendar calendar, String termsPath) {
        return resolve(TermValidator.validate(definition.fields(), terms, termsPath), market, calendar, termsPath);
    }

    public ResolvedTemplate resolve(TermSet terms, MarketInputs market, TradingCalendar calendar, String termsPath) {
        return script.resolve(terms, market, calendar, termsPath);
    }
}

package meridian.domain.template;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a user submits as a new version of a template: its terms, payoff script and the test cases that validate it. */
public record TemplateDefinition(String name, String description, List<TermField> fields, String script,
                                 List<TemplateTestCase> testCases) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public TemplateDefinition {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(new FieldError("name", "must be upper-case letters, digits and '_' (at most 64), starting with a letter"));
        }
        description = description == null ? "" : description;
        fields = fields == null ? List.of() : List.copyOf(fields);
        testCases = testCases == null ? List.of() : List.copyOf(testCases);
        Set<String> seen = new HashSet<>();
        for (TermField field : fields) {
            if (!seen.add(field.name())) {
                errors.add(new FieldError("fields." + field.name(), "is defined twice"));
            }
        }
        for (TermField field : fields) {
            if (field.defaultFrom() != null) {
                TermField from = fields.stream().filter(f -> f.name().equals(field.defaultFrom())).findFirst().orElse(null);
                if (from == null) {
                    errors.add(new FieldError("fields." + field.name() + ".defaultFrom", "names no term of this template"));
                } else if (from.defaultFrom() != null) {
                    errors.add(new FieldError("fields." + field.name() + ".defaultFrom", "must name a term that has no defaultFrom itself"));
                }
            }
        }
        if (script == null || script.isBlank()) {
            errors.add(new FieldError("script", "is required"));
        }
        if (testCases.isEmpty()) {
            errors.add(new FieldError("testCases", "a version needs at least one test case: it is accepted only when they pass"));
        }
        Set<String> caseNames = new HashSet<>();
        for (int i = 0; i < testCases.size(); i++) {
            if (!caseNames.add(testCases.get(i).name())) {
                errors.add(new FieldError("testCases[" + i + "].name", "is used by an earlier test case"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

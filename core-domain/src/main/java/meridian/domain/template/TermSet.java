package meridian.domain.template;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete, validated set of terms: every field of the template has a value (given or defaulted). */
public record TermSet(Map<String, TermValue> values) {
    public TermSet {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public TermValue get(String name) {
        TermValue value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no term " + name);
        }
        return value;
    }
}

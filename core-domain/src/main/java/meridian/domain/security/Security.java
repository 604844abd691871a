package meridian.domain.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.FieldError;
import meridian.domain.common.LookupKey;
import meridian.domain.common.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** An underlying in the security master: exchange code such as {@code 300750.SZ}, name, type and aliases. */
public record Security(String code, String name, SecurityType type, List<String> aliases) implements CborSerializable {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,12}\\.[A-Z]{2,4}");
    private static final int MAX_NAME = 64;
    private static final int MAX_ALIASES = 32;

    @JsonCreator
    public Security(@JsonProperty("code") String code, @JsonProperty("name") String name,
                    @JsonProperty("type") SecurityType type, @JsonProperty("aliases") List<String> aliases) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be an exchange code such as 300750.SZ or 000300.SH"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (type == null) {
            errors.add(new FieldError("type", "is required: one of STOCK, INDEX, ETF, FUTURE"));
        }
        List<String> cleaned = new ArrayList<>(new LinkedHashSet<>(aliases == null ? List.of() : aliases));
        if (cleaned.size() > MAX_ALIASES) {
            errors.add(new FieldError("aliases", "at most " + MAX_ALIASES + " aliases"));
        }
        for (int i = 0; i < cleaned.size(); i++) {
            String alias = cleaned.get(i);
            if (alias == null || alias.isBlank() || alias.length() > MAX_NAME) {
                errors.add(new FieldError("aliases[" + i + "]", "must be 1 to " + MAX_NAME + " characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.code = code;
        this.name = name.strip();
        this.type = type;
        this.aliases = cleaned.stream().map(String::strip).toList();
    }

    /** The name, the aliases and the bare code (300750 for 300750.SZ), as lookup keys. */
    public List<String> lookupKeys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        keys.add(LookupKey.of(name));
        aliases.forEach(a -> keys.add(LookupKey.of(a)));
        keys.add(LookupKey.of(code));
        keys.add(LookupKey.of(code.substring(0, code.indexOf('.'))));
        return List.copyOf(keys);
    }
}

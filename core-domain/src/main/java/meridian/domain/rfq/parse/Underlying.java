package meridian.domain.rfq.parse;

import java.util.List;
import meridian.domain.common.ValidationException;

/** A security a client may ask a quote on, with the names people use for it in chat. */
public record Underlying(String code, String name, String type, List<String> aliases) {

    public Underlying {
        if (code == null || !code.matches("[0-9]{6}\\.[A-Z]+")) {
            throw new ValidationException("code", "expected a code such as 300750.SZ, got " + code);
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "required for " + code);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The six digits of the code, without the exchange suffix. */
    public String digits() {
        return code.substring(0, 6);
    }
}

package meridian.domain.common;

import java.util.Objects;

/** One invalid input field: a JSON-pointer-like path such as {@code product.knockInPct} and what is wrong with it. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

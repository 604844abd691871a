package meridian.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import meridian.domain.common.FieldError;

import java.util.List;

/** An RFC 9457 problem document. {@code type} is a stable URI per kind of problem; {@code errors} names bad fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://meridian.dev/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(BASE + kind, title, status, detail, List.of());
    }

    public static Problem validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Problem(BASE + "validation", "Invalid request", 400, detail, errors);
    }

    public static Problem malformedJson(String detail) {
        return of("malformed-json", "Malformed JSON", 400, detail);
    }

    public static Problem unauthorized(String detail) {
        return of("unauthorized", "Authentication required", 401, detail);
    }

    public static Problem forbidden(String detail) {
        return of("forbidden", "Not allowed", 403, detail);
    }

    public static Problem notFound(String detail) {
        return of("not-found", "Not found", 404, detail);
    }

    public static Problem conflict(String detail) {
        return of("conflict", "Refused in the current state", 409, detail);
    }

    public static Problem unavailable(String detail) {
        return of("unavailable", "Service unavailable", 503, detail);
    }
}

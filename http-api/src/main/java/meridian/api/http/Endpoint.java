package meridian.api.http;

import meridian.api.auth.Role;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One route: method, path template ({@code /api/v1/securities/{code}}) and the roles allowed (empty: public).
 * The catalog of endpoints labels metrics and is checked against the OpenAPI document.
 */
public record Endpoint(String method, String template, Set<Role> roles) {

    public Endpoint {
        roles = Set.copyOf(roles);
    }

    public boolean matches(String requestMethod, String path) {
        return method.equals(requestMethod) && pattern().matcher(path).matches();
    }

    private Pattern pattern() {
        return Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"));
    }
}

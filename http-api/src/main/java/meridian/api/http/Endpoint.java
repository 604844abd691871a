package meridian.api.http;

import meridian.api.auth.Role;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One route: method, path template ({@code /api/v1/securities/{code}}) and the roles allowed (empty: public).
 * The catalog of endpoints labels metrics and is checked against the OpenAPI document.
 */
public record Endpoint(String method, String template, Set<Role> roles) {

    /** Compiled once per template: metrics match every request against the catalog. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public Endpoint {
        roles = Set.copyOf(roles);
    }

    public boolean matches(String requestMethod, String path) {
        return method.equals(requestMethod) && PATTERNS.computeIfAbsent(template, Endpoint::pattern).matcher(path).matches();
    }

    private static Pattern pattern(String template) {
        return Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"));
    }
}

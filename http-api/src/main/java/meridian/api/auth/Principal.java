package meridian.api.auth;

import meridian.domain.common.Caller;

import java.util.Set;

/** The verified bearer of a token. */
public record Principal(String subject, Set<Role> roles, String tenant) {

    public Principal {
        roles = Set.copyOf(roles);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.isEmpty() || roles.stream().anyMatch(wanted::contains);
    }

    public Caller caller() {
        return new Caller(subject, tenant);
    }
}

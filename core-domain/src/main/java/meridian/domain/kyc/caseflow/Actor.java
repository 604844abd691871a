package meridian.domain.kyc.caseflow;

import java.util.Objects;

/** Who issued a command: the authenticated user and the role they act in. */
public record Actor(String userId, KycRole role) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system() {
        return new Actor("meridian", KycRole.SYSTEM);
    }
}

package meridian.domain.kyc.caseflow;

import java.time.Instant;

/** Whom SALES invited, and the hash of the one-time onboarding code with its expiry. The code itself is never stored. */
public record Invitation(String institutionName, String unifiedSocialCreditCode, Contact contact, String codeHash,
        Instant expiresAt) {
}

package meridian.domain.kyc.caseflow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * One-time onboarding codes: 16 random characters from an alphabet without look-alikes, given to the prospect once;
 * the case keeps only SHA-256 of case id and code, so a leaked event log does not leak usable codes.
 */
public final class OnboardingCode {
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;

    private OnboardingCode() {
    }

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String hash(String caseId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((caseId + ":" + code.strip()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares in constant time, so response timing does not reveal how much of a guessed code was right. */
    public static boolean matches(String caseId, String code, String expectedHash) {
        if (code == null || expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(caseId, code).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

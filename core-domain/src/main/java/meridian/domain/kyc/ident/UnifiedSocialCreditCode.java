package meridian.domain.kyc.ident;

import java.util.Optional;

/**
 * The 18-character unified social credit code of a Chinese organisation (GB 32100-2015).
 *
 * <p>Layout: registration authority (1), organisation category (1), administrative division (6 digits),
 * organisation code (9), check character (1). The alphabet is the digits and the capitals without
 * I, O, S, V and Z; the check character is {@code 31 - (sum of value * weight mod 31)}, with 31 written as 0.
 */
public final class UnifiedSocialCreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** What is wrong with {@code code}, or empty when it is a well-formed code with the right check character. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        if (code.length() != 18) {
            return Optional.of("must have 18 characters, has " + code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and capitals except I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3-8 must be the digits of an administrative division code");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("check character is '" + code.charAt(17) + "' but must be '" + expected + "'");
        }
        return Optional.empty();
    }

    /** The GB 32100 check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not in the GB 32100 alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The 6-digit administrative division code (positions 3-8) of a valid code; its first two digits name the province. */
    public static String administrativeDivision(String validCode) {
        return validCode.substring(2, 8);
    }
}

package meridian.domain.kyc.ident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-digit PRC resident identity number (GB 11643-1999): address code (6), birth date (8, yyyyMMdd),
 * sequence (3), check digit (1, ISO 7064 MOD 11-2, 10 written as X).
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1870, 1, 1);

    private ResidentIdNumber() {
    }

    public static boolean isValid(String number) {
        return problem(number, null).isEmpty();
    }

    /**
     * What is wrong with {@code number}, or empty when it is well formed. When {@code today} is given, a birth date after it
     * is refused too.
     */
    public static Optional<String> problem(String number, LocalDate today) {
        if (number == null || number.isBlank()) {
            return Optional.of("is required");
        }
        if (number.length() != 18) {
            return Optional.of("must have 18 characters, has " + number.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return Optional.of("the first 17 characters must be digits");
            }
        }
        char last = number.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Optional.of("the last character must be a digit or X");
        }
        LocalDate birth;
        try {
            birth = birthDate(number);
        } catch (DateTimeException e) {
            return Optional.of("characters 7-14 are not a valid birth date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || (today != null && birth.isAfter(today))) {
            return Optional.of("birth date " + birth + " is not plausible");
        }
        char expected = checkDigit(number.substring(0, 17));
        if (last != expected) {
            return Optional.of("check digit is '" + last + "' but must be '" + expected + "'");
        }
        return Optional.empty();
    }

    /** ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkDigit(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("'" + c + "' is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public static LocalDate birthDate(String number) {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package meridian.domain.kyc.privacy;

/** Masked renderings of personal values for views whose readers do not need the full value. */
public final class Masking {
    private Masking() {
    }

    /** {@code 110105194912310021} becomes {@code 1101**********0021}: the first four and last four characters stay. */
    public static String idNumber(String value) {
        return keepEnds(value, 4, 4);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String value) {
        return keepEnds(value, 3, 4);
    }

    /** {@code chen.lixin@example.com} becomes {@code c*********@example.com}: the first character and the domain stay. */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf('@');
        if (at <= 0) {
            return keepEnds(value, 1, 0);
        }
        return value.charAt(0) + "*".repeat(at - 1) + value.substring(at);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}

package meridian.domain.kyc.form;

import java.util.List;

/** Input clean-up shared by the form records: trimmed text, blank means absent, lists never null. */
final class Text {
    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}

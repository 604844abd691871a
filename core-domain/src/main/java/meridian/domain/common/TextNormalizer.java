package meridian.domain.common;

import java.util.Locale;

/** Folds full-width forms to ASCII, lower-cases and drops white space: the key for name and alias lookup. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String lookupKey(String text) {
        return halfWidth(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}

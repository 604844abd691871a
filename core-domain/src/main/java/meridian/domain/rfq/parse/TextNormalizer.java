package meridian.domain.rfq.parse;

import com.hankcs.hanlp.dictionary.other.CharTable;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a chat message to one spelling before it is read: full-width letters, digits and
 * punctuation become ASCII (NFKC), traditional characters become simplified, letters become lower case, Chinese punctuation that separates
 * items becomes its ASCII twin, and runs of white space become one space.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // CharTable is HanLP's read-only character table: traditional to simplified (寧德時代 → 宁德时代)
        String folded = CharTable.convert(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = map(folded.charAt(i));
            if (c == '\n' || c == '\r') {
                c = ';';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!lastWasSpace) {
                    out.append(' ');
                    lastWasSpace = true;
                }
                continue;
            }
            out.append(c);
            lastWasSpace = false;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static char map(char c) {
        return switch (c) {
            case '。', '｡' -> ';';
            case '【', '［' -> '[';
            case '】', '］' -> ']';
            case '“', '”', '‘', '’' -> ' ';
            case '～', '〜' -> '~';
            case '—', '–' -> '-';
            default -> c;
        };
    }
}

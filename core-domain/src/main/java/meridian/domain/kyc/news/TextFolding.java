package meridian.domain.kyc.news;

import java.text.Normalizer;
import java.util.Locale;
import meridian.domain.kyc.screening.TraditionalToSimplified;

/** News text folded like screened names: NFKC (full width), traditional to simplified, lower case. */
public final class TextFolding {
    private final TraditionalToSimplified folding;

    public TextFolding(TraditionalToSimplified folding) {
        this.folding = folding;
    }

    public static TextFolding standard() {
        return new TextFolding(TraditionalToSimplified.standard());
    }

    public String fold(String text) {
        return folding.fold(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** Folded, with everything but letters and digits removed (for shingles and for finding Chinese names). */
    public String compact(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}

package meridian.domain.common;

import java.text.Normalizer;
import java.util.Locale;

/** The key a name, alias or code is looked up by: full-width folded (NFKC), lower case, no white space. */
public final class LookupKey {

    private LookupKey() {
    }

    public static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}

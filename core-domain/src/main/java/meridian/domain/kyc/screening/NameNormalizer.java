package meridian.domain.kyc.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the ways one name gets written into one form: full-width and compatibility characters (NFKC), traditional to
 * simplified Chinese, case, accents, punctuation, the transliteration dot in 约翰·史密斯, and legal-form words
 * (有限公司, Ltd, GmbH ...) that say nothing about who an entity is.
 */
public final class NameNormalizer {
    private static final List<String> CHINESE_LEGAL_SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "有限公司", "合伙企业", "有限合伙", "公司");
    private static final Set<String> LATIN_STOPWORDS = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "lp", "llp",
            "sa", "ag", "gmbh", "bv", "nv", "jsc", "pjsc", "ojsc", "oao", "ooo", "sarl", "spa", "srl", "pte", "pty",
            "the", "and", "of");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final TraditionalToSimplified folding;

    public NameNormalizer(TraditionalToSimplified folding) {
        this.folding = folding;
    }

    public static NameNormalizer standard() {
        return new NameNormalizer(TraditionalToSimplified.standard());
    }

    public NormalizedName normalize(String raw) {
        String text = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        return containsHan(text) ? chinese(raw, text) : latin(raw, text);
    }

    private NormalizedName chinese(String raw, String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                kept.appendCodePoint(folding.fold(Character.toLowerCase(cp)));
            }
        });
        String name = stripSuffix(kept.toString());
        return new NormalizedName(raw, true, name, List.of());
    }

    private static String stripSuffix(String name) {
        for (String suffix : CHINESE_LEGAL_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static NormalizedName latin(String raw, String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>();
        for (String token : SEPARATORS.split(plain)) {
            if (!token.isEmpty()) {
                all.add(token);
            }
        }
        all = joinInitialisms(all);
        List<String> meaningful = all.stream().filter(token -> !LATIN_STOPWORDS.contains(token)).toList();
        return new NormalizedName(raw, false, "", meaningful.isEmpty() ? all : meaningful);
    }

    /** L.L.C. and S.A. arrive as single letters; joined they become the legal-form words they are. */
    private static List<String> joinInitialisms(List<String> tokens) {
        List<String> joined = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            StringBuilder letters = new StringBuilder();
            while (j < tokens.size() && tokens.get(j).length() == 1) {
                letters.append(tokens.get(j));
                j++;
            }
            if (j - i >= 2 && LATIN_STOPWORDS.contains(letters.toString())) {
                joined.add(letters.toString());
                i = j;
            } else {
                joined.add(tokens.get(i));
                i++;
            }
        }
        return joined;
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}

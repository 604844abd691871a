package meridian.domain.rfq.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks securities up by what clients type: full name, short name or alias (futures codes IC/IF/IH/IM
 * are aliases), in normalised spelling, and by their six digits. A word that two securities share
 * names neither.
 */
final class SecurityIndex {

    private final Map<String, String> codeByWord = new HashMap<>();
    private final Map<String, String> codeByDigits = new HashMap<>();
    private final Map<String, Underlying> byCode = new HashMap<>();

    SecurityIndex(UnderlyingDirectory directory) {
        Set<String> shared = new HashSet<>();
        for (Underlying underlying : directory.all()) {
            byCode.put(underlying.code(), underlying);
            putUnique(codeByDigits, underlying.digits(), underlying.code(), shared);
            putUnique(codeByWord, TextNormalizer.normalize(underlying.name()), underlying.code(), shared);
            for (String alias : underlying.aliases()) {
                putUnique(codeByWord, TextNormalizer.normalize(alias), underlying.code(), shared);
            }
        }
        shared.forEach(word -> {
            codeByWord.remove(word);
            codeByDigits.remove(word);
        });
    }

    private static void putUnique(Map<String, String> map, String key, String code, Set<String> shared) {
        if (key.isEmpty()) {
            return;
        }
        String before = map.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            shared.add(key);
        }
    }

    Optional<String> byWord(String normalizedWord) {
        return Optional.ofNullable(codeByWord.get(normalizedWord));
    }

    Optional<String> byDigits(String sixDigits) {
        return Optional.ofNullable(codeByDigits.get(sixDigits));
    }

    Optional<Underlying> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every name and alias with its code, in normalised spelling. */
    Map<String, String> words() {
        return Map.copyOf(codeByWord);
    }
}

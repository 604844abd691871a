package meridian.domain.rfq.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Repairs one wrong character in a security name of three or more characters (宁德时带 → 宁德时代),
 * only where the repair is unambiguous: the wrong character is a Chinese character, every other
 * character matches, no other security is equally close, and the text there is not already a
 * correctly spelled name.
 */
final class NameTypoCorrector {

    private record Name(String text, String code) {
    }

    private record Repair(int start, Name name) {
        int end() {
            return start + name.text().length();
        }
    }

    /** A name one character off a window shares its first or, failing that, its second character. */
    private final Map<Character, List<Name>> byFirst = new HashMap<>();
    private final Map<Character, List<Name>> bySecond = new HashMap<>();
    private final List<String> exactWords;

    NameTypoCorrector(Map<String, String> codeByWord) {
        new TreeMap<>(codeByWord).forEach((word, code) -> {
            if (word.length() >= 3) {
                Name name = new Name(word, code);
                byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(name);
                bySecond.computeIfAbsent(word.charAt(1), c -> new ArrayList<>()).add(name);
            }
        });
        this.exactWords = List.copyOf(codeByWord.keySet());
    }

    private List<Name> candidates(String text, int start) {
        List<Name> candidates = new ArrayList<>(byFirst.getOrDefault(text.charAt(start), List.of()));
        if (start + 1 < text.length()) {
            candidates.addAll(bySecond.getOrDefault(text.charAt(start + 1), List.of()));
        }
        return candidates;
    }

    String correct(String text) {
        List<Repair> repairs = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            Repair found = null;
            boolean ambiguous = false;
            for (Name name : candidates(text, start)) {
                int end = start + name.text().length();
                if (end > text.length() || !oneChineseCharacterOff(text, start, name.text())) {
                    continue;
                }
                if (found != null && !found.name().code().equals(name.code())) {
                    ambiguous = true;
                    break;
                }
                found = new Repair(start, name);
            }
            if (found != null && !ambiguous && !coveredByExactWord(text, found)) {
                repairs.add(found);
            }
        }
        List<Repair> accepted = withoutConflicts(repairs);
        if (accepted.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = accepted.size() - 1; i >= 0; i--) {
            Repair repair = accepted.get(i);
            out.replace(repair.start(), repair.end(), repair.name().text());
        }
        return out.toString();
    }

    private static boolean oneChineseCharacterOff(String text, int start, String name) {
        int differences = 0;
        for (int i = 0; i < name.length(); i++) {
            char typed = text.charAt(start + i);
            char expected = name.charAt(i);
            if (typed == expected) {
                continue;
            }
            if (!isChinese(typed) || !isChinese(expected) || ++differences > 1) {
                return false;
            }
        }
        return differences == 1;
    }

    /** A window inside a correctly spelled name (中国平安 is no typo of 中国平X) stays as it is. */
    private boolean coveredByExactWord(String text, Repair repair) {
        for (String word : exactWords) {
            if (word.length() < 2) {
                continue;
            }
            int from = Math.max(0, repair.end() - word.length());
            int at = text.indexOf(word, from);
            while (at >= 0 && at <= repair.start()) {
                if (at + word.length() >= repair.end()) {
                    return true;
                }
                at = text.indexOf(word, at + 1);
            }
        }
        return false;
    }

    /** Overlapping repairs that name different securities cancel each other. */
    private static List<Repair> withoutConflicts(List<Repair> repairs) {
        List<Repair> accepted = new ArrayList<>();
        for (Repair repair : repairs) {
            boolean conflict = false;
            for (Repair other : repairs) {
                boolean overlaps = other != repair && other.start() < repair.end() && repair.start() < other.end();
                if (overlaps && !other.name().code().equals(repair.name().code())) {
                    conflict = true;
                    break;
                }
            }
            boolean overlapsAccepted = !accepted.isEmpty() && accepted.get(accepted.size() - 1).end() > repair.start();
            if (!conflict && !overlapsAccepted) {
                accepted.add(repair);
            }
        }
        return accepted;
    }

    static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

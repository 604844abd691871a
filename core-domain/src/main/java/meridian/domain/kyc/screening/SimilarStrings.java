package meridian.domain.kyc.screening;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary of distinct Latin strings (name tokens and joined names) that finds, for a query string, every entry whose
 * {@link NameSimilarity#tokenSimilarity token similarity} reaches a bound, comparing the query in full only with the few
 * entries that can reach it.
 *
 * <p>Jaro is at most {@code (m/|a| + m/|b| + 1) / 3} for m matched characters, and m is at most the characters the two
 * strings share as multisets; Jaro-Winkler adds a tenth of the rest per common prefix character (at most four). Each entry
 * keeps its letters as a bit mask (first and second occurrence of a to z, other characters counted) and its first four
 * characters, so the bound costs a few instructions per entry: a pass over the entries of the possible lengths, the full
 * comparison only where the bound reaches the minimum. The filter is exact: it drops no entry that reaches the minimum.
 */
final class SimilarStrings {
    private static final int PREFIX_LIMIT = 4;
    private static final long LETTER_BITS = 0x03FF_FFFF_03FF_FFFFL;

    private final String[] strings;
    /** {@code firstOfLength[l]}: the first id of length l or more. */
    private final int[] firstOfLength;
    /** Per entry: its {@link #key}. */
    private final long[] letters;
    private final char[] initials;
    private final long[] prefixes;
    private final Map<String, Integer> ids;

    private SimilarStrings(String[] strings, int[] firstOfLength) {
        this.strings = strings;
        this.firstOfLength = firstOfLength;
        this.letters = new long[strings.length];
        this.initials = new char[strings.length];
        this.prefixes = new long[strings.length];
        this.ids = new HashMap<>(strings.length * 2);
        for (int i = 0; i < strings.length; i++) {
            ids.put(strings[i], i);
            letters[i] = key(strings[i]);
            initials[i] = strings[i].isEmpty() ? 0 : strings[i].charAt(0);
            prefixes[i] = prefix(strings[i]);
        }
    }

    static SimilarStrings of(Set<String> distinct) {
        String[] strings = distinct.toArray(String[]::new);
        Arrays.sort(strings, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        int maxLength = strings.length == 0 ? 0 : strings[strings.length - 1].length();
        int[] firstOfLength = new int[maxLength + 2];
        int id = 0;
        for (int l = 0; l <= maxLength + 1; l++) {
            while (id < strings.length && strings[id].length() < l) {
                id++;
            }
            firstOfLength[l] = id;
        }
        return new SimilarStrings(strings, firstOfLength);
    }

    int size() {
        return strings.length;
    }

    String string(int id) {
        return strings[id];
    }

    /** The id of {@code s}, or -1. */
    int idOf(String s) {
        Integer id = ids.get(s);
        return id == null ? -1 : id;
    }

    /**
     * Every entry within {@code maxLengthDifference} characters of the query's length (any length when negative) whose
     * similarity to {@code query} is at least {@code minimum}, as ids with their similarities.
     */
    Matches search(String query, double minimum, int maxLengthDifference) {
        Matches matches = new Matches();
        int length = query.length();
        if (length == 0 || strings.length == 0) {
            return matches;
        }
        int from = 1;
        int to = firstOfLength.length - 2;
        if (maxLengthDifference >= 0) {
            from = Math.max(from, length - maxLengthDifference);
            to = Math.min(to, length + maxLengthDifference);
        }
        long queryLetters = letters(query);
        int queryOthers = otherCharacters(query);
        long queryPrefix = prefix(query);
        int[] needed = new int[PREFIX_LIMIT + 1];
        for (int candidateLength = from; candidateLength <= to; candidateLength++) {
            int maxPrefix = Math.min(PREFIX_LIMIT, Math.min(length, candidateLength));
            boolean initialRule = length == 1 || candidateLength == 1;
            if (!initialRule && !matchesNeeded(length, candidateLength, minimum, needed)) {
                continue;
            }
            int first = firstOfLength[candidateLength];
            int end = firstOfLength[candidateLength + 1];
            if (initialRule) {
                verify(query, minimum, first, end, matches);
                continue;
            }
            // Sorted by length, then text: those starting like the query are one run; all others share no prefix.
            int sameFrom = firstWithInitialAtLeast(first, end, query.charAt(0));
            int sameTo = firstWithInitialAtLeast(sameFrom, end, (char) (query.charAt(0) + 1));
            for (int id = first; id < end; id++) {
                if (id == sameFrom && sameTo > sameFrom) {
                    id = sameTo - 1;
                    continue;
                }
                long entry = letters[id];
                if (Long.bitCount(queryLetters & entry & LETTER_BITS) + Math.min(queryOthers, (int) (entry >>> 26) & 63)
                        >= needed[0]) {
                    verify(query, minimum, id, id + 1, matches);
                }
            }
            for (int id = sameFrom; id < sameTo; id++) {
                int prefix = Math.min(maxPrefix, Long.numberOfLeadingZeros(queryPrefix ^ prefixes[id]) / Character.SIZE);
                long entry = letters[id];
                if (Long.bitCount(queryLetters & entry & LETTER_BITS) + Math.min(queryOthers, (int) (entry >>> 26) & 63)
                        >= needed[prefix]) {
                    verify(query, minimum, id, id + 1, matches);
                }
            }
        }
        return matches;
    }

    private void verify(String query, double minimum, int from, int to, Matches matches) {
        for (int id = from; id < to; id++) {
            double similarity = NameSimilarity.tokenSimilarity(query, strings[id]);
            if (similarity >= minimum) {
                matches.add(id, similarity);
            }
        }
    }

    /** The first id in [from, to) whose string starts with {@code initial} or a later character, or {@code to}. */
    private int firstWithInitialAtLeast(int from, int to, char initial) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (initials[mid] < initial) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The bound for a string known by its {@link #key} and {@link #prefix}: at least its
     * {@link NameSimilarity#tokenSimilarity} with the query.
     */
    static double similarityBound(Signature query, long key, long prefix) {
        int lengthB = (int) (key >>> 58);
        if (query.length == 1 || lengthB == 1 || lengthB == 63 || query.length >= 63) {
            return 1.0;
        }
        int common = Math.min(Math.min(PREFIX_LIMIT, Math.min(query.length, lengthB)),
                Long.numberOfLeadingZeros(query.prefix ^ prefix) / Character.SIZE);
        int shared = Long.bitCount(query.letters & key & LETTER_BITS) + Math.min(query.others, (int) (key >>> 26) & 63);
        return upperBound(Math.min(shared, Math.min(query.length, lengthB)), query.length, lengthB, common);
    }

    /**
     * What the filter keeps of a string: its {@link #letters}, the count of its {@link #otherCharacters} in bits 26-31
     * and its length in bits 58-63, both capped at 63.
     */
    static long key(String s) {
        return letters(s) | ((long) Math.min(63, otherCharacters(s)) << 26) | ((long) Math.min(63, s.length()) << 58);
    }

    /** What the filter knows of a query string. */
    static final class Signature {
        final int length;
        final long letters;
        final int others;
        final long prefix;

        Signature(String s) {
            this.length = s.length();
            this.letters = SimilarStrings.letters(s);
            this.others = otherCharacters(s);
            this.prefix = SimilarStrings.prefix(s);
        }
    }

    /**
     * For each common prefix length, the fewest matched characters with which strings of these lengths can reach the
     * minimum (more than either length where none can); false when no prefix length lets them.
     */
    private static boolean matchesNeeded(int lengthA, int lengthB, double minimum, int[] needed) {
        boolean any = false;
        for (int prefix = 0; prefix <= PREFIX_LIMIT; prefix++) {
            int m = 1;
            int most = Math.min(lengthA, lengthB);
            while (m <= most && upperBound(m, lengthA, lengthB, prefix) < minimum - 1e-12) {
                m++;
            }
            needed[prefix] = m;
            any |= m <= most;
        }
        return any;
    }

    /** Jaro-Winkler of two strings of these lengths with {@code m} matched characters and this common prefix. */
    private static double upperBound(int m, int lengthA, int lengthB, int prefix) {
        double jaro = Math.min(1.0, ((double) m / lengthA + (double) m / lengthB + 1.0) / 3.0);
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** Bits 0-25: the letters a-z present; bits 32-57: those present twice or more. */
    private static long letters(String s) {
        long once = 0;
        long twice = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                long bit = 1L << (c - 'a');
                twice |= once & bit;
                once |= bit;
            }
        }
        return once | (twice << 32);
    }

    /** Characters the letter mask does not hold: other than a-z, or a third or later occurrence. */
    private static int otherCharacters(String s) {
        int[] seen = new int[26];
        int others = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z' || ++seen[c - 'a'] > 2) {
                others++;
            }
        }
        return others;
    }

    /** The first four characters packed, the first in the high bits, so a XOR's leading zeros give the common prefix. */
    static long prefix(String s) {
        long packed = 0;
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            packed = (packed << Character.SIZE) | (i < s.length() ? s.charAt(i) : 0);
        }
        return packed;
    }

    /** Ids with their similarities. */
    static final class Matches {
        int[] ids = new int[8];
        double[] similarities = new double[8];
        int size;

        void add(int id, double similarity) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                similarities = Arrays.copyOf(similarities, size * 2);
            }
            ids[size] = id;
            similarities[size++] = similarity;
        }
    }

    /** A growable int array. */
    static final class IntBuffer {
        int[] values = new int[16];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

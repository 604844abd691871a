package meridian.domain.kyc.screening;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary of distinct Latin strings (name tokens and joined names) that finds, for a query string, every entry whose
 * {@link NameSimilarity#tokenSimilarity token similarity} reaches a bound, without comparing the query with every entry.
 *
 * <p>Jaro matches a character of one string with the same character of the other within a window of
 * {@code max(|a|, |b|) / 2 - 1} positions, so the number of query positions that have their character within the window
 * in an entry bounds the matches m from above, and with it Jaro ({@code (m/|a| + m/|b| + 1) / 3}) and Jaro-Winkler (the
 * prefix boost is increasing in Jaro). Entries are keyed by (character, position, length); only entries whose bound
 * reaches the minimum are compared, and lengths that cannot reach it are not looked up. The filter is exact: it drops no
 * entry that reaches the minimum.
 */
final class SimilarStrings {
    private final String[] strings;
    /** {@code firstOfLength[l]}: the first id of length l or more. */
    private final int[] firstOfLength;
    private final Map<Long, int[]> postings;
    private final Map<String, Integer> ids;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private SimilarStrings(String[] strings, int[] firstOfLength, Map<Long, int[]> postings) {
        this.strings = strings;
        this.firstOfLength = firstOfLength;
        this.postings = postings;
        this.ids = new HashMap<>(strings.length * 2);
        for (int i = 0; i < strings.length; i++) {
            ids.put(strings[i], i);
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
        Map<Long, IntBuffer> building = new HashMap<>();
        for (int s = 0; s < strings.length; s++) {
            String string = strings[s];
            for (int p = 0; p < string.length(); p++) {
                building.computeIfAbsent(key(string.charAt(p), p, string.length()), k -> new IntBuffer()).add(s);
            }
        }
        Map<Long, int[]> postings = new HashMap<>(building.size() * 2);
        building.forEach((key, list) -> postings.put(key, list.toArray()));
        return new SimilarStrings(strings, firstOfLength, postings);
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
        int length = query.length();
        int from = 1;
        int to = firstOfLength.length - 2;
        if (maxLengthDifference >= 0) {
            from = Math.max(from, length - maxLengthDifference);
            to = Math.min(to, length + maxLengthDifference);
        }
        // Jaro with every character of the shorter matched: beyond these lengths even that stays under the minimum.
        while (from < length && upperBound(from, from, length, 4) < minimum) {
            from++;
        }
        while (to > length && upperBound(length, length, to, 4) < minimum) {
            to--;
        }
        Matches matches = new Matches();
        if (from > to || strings.length == 0) {
            return matches;
        }
        Scratch scratch = SCRATCH.get().ensure(strings.length);
        int[] counts = scratch.counts;
        int[] stamps = scratch.stamps;
        IntBuffer touched = scratch.touched;
        touched.size = 0;
        for (int candidateLength = from; candidateLength <= to; candidateLength++) {
            int window = Math.max(0, Math.max(length, candidateLength) / 2 - 1);
            for (int i = 0; i < length; i++) {
                int stamp = ++scratch.stamp;
                char c = query.charAt(i);
                for (int p = Math.max(0, i - window); p <= Math.min(candidateLength - 1, i + window); p++) {
                    int[] ids = postings.get(key(c, p, candidateLength));
                    if (ids == null) {
                        continue;
                    }
                    for (int id : ids) {
                        if (stamps[id] == stamp) {
                            continue;
                        }
                        stamps[id] = stamp;
                        if (counts[id]++ == 0) {
                            touched.add(id);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < touched.size; i++) {
            int id = touched.values[i];
            String candidate = strings[id];
            int shared = counts[id];
            counts[id] = 0;
            if (candidate.length() > 1 && length > 1
                    && upperBound(shared, length, candidate.length(), commonPrefix(query, candidate)) < minimum) {
                continue;
            }
            double similarity = NameSimilarity.tokenSimilarity(query, candidate);
            if (similarity >= minimum) {
                matches.add(id, similarity);
            }
        }
        return matches;
    }

    /** Jaro-Winkler of two strings of these lengths sharing at most {@code shared} characters and this prefix. */
    private static double upperBound(int shared, int lengthA, int lengthB, int prefix) {
        int m = Math.min(shared, Math.min(lengthA, lengthB));
        double jaro = Math.min(1.0, ((double) m / lengthA + (double) m / lengthB + 1.0) / 3.0);
        return jaro + Math.min(4, prefix) * 0.1 * (1.0 - jaro);
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(4, Math.min(a.length(), b.length()));
        int p = 0;
        while (p < max && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return p;
    }

    private static long key(char c, int position, int length) {
        return ((long) c << 32) | ((long) position << 16) | length;
    }

    /** Per-thread counters sized to the dictionary; a query position's stamp counts each entry once for it. */
    private static final class Scratch {
        int[] counts = new int[0];
        int[] stamps = new int[0];
        int stamp;
        final IntBuffer touched = new IntBuffer();

        Scratch ensure(int size) {
            if (counts.length < size) {
                counts = new int[size];
                stamps = new int[size];
            }
            return this;
        }
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

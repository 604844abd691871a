package meridian.domain.kyc.screening;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates for Latin names, following how {@link NameSimilarity} scores them, so that the index misses (almost) no name a
 * full scan would find.
 *
 * <p>The score is a length-weighted mean of token-pair similarities, so a hit has at least one token pair at or above the
 * review threshold, unless the names match joined together (Al Qaida, Alqaida). The index therefore keeps dictionaries of
 * the distinct tokens and of the joined names ({@link SimilarStrings}), looks up each query token's similar tokens down to
 * {@value #LOW_TOKEN_SIMILARITY}, and takes the names holding a token at or above the review threshold. Each such name's
 * best score is then bounded from above: pairs it was not found for count as just under
 * {@value #LOW_TOKEN_SIMILARITY}, with the shortest token of the name as partner, and tokens left unpaired cost their
 * penalty. Only names whose bound reaches the threshold are scored. The bound ignores that the scorer pairs tokens
 * greedily (one list token may be the best partner of two query tokens), which can only let more names through.
 */
final class LatinNameIndex {
    static final double LOW_TOKEN_SIMILARITY = 0.8;
    private static final int MAX_QUERY_TOKENS = 8;
    private static final double UNMATCHED_TOKEN_PENALTY = 0.08;
    private static final int[] NONE = new int[0];
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final SimilarStrings dictionary;
    private final SimilarStrings joinedDictionary;
    /** For each token of the dictionary, the names holding it. */
    private final int[][] tokenNames;
    /** For each joined name of the joined dictionary, the names that read it when joined together. */
    private final int[][] joinedNames;
    private final byte[] tokenCount;
    private final byte[] shortestToken;
    private final int nameCount;

    private LatinNameIndex(SimilarStrings dictionary, SimilarStrings joinedDictionary, int[][] tokenNames, int[][] joinedNames, byte[] tokenCount,
            byte[] shortestToken) {
        this.dictionary = dictionary;
        this.joinedDictionary = joinedDictionary;
        this.tokenNames = tokenNames;
        this.joinedNames = joinedNames;
        this.tokenCount = tokenCount;
        this.shortestToken = shortestToken;
        this.nameCount = tokenCount.length;
    }

    /** Indexes {@code names} (by position; non-Latin names are skipped). */
    static LatinNameIndex build(NormalizedName[] names) {
        Set<String> distinctTokens = new HashSet<>();
        Set<String> joined = new HashSet<>();
        for (NormalizedName name : names) {
            if (!name.isChinese()) {
                distinctTokens.addAll(name.tokens());
                joined.add(String.join("", name.tokens()));
            }
        }
        SimilarStrings dictionary = SimilarStrings.of(distinctTokens);
        SimilarStrings joinedDictionary = SimilarStrings.of(joined);
        Map<Integer, SimilarStrings.IntBuffer> byToken = new HashMap<>();
        Map<Integer, SimilarStrings.IntBuffer> byJoined = new HashMap<>();
        byte[] tokenCount = new byte[names.length];
        byte[] shortestToken = new byte[names.length];
        for (int n = 0; n < names.length; n++) {
            if (names[n].isChinese()) {
                continue;
            }
            List<String> tokens = names[n].tokens();
            tokenCount[n] = (byte) Math.min(127, tokens.size());
            int shortest = Integer.MAX_VALUE;
            for (String token : new HashSet<>(tokens)) {
                byToken.computeIfAbsent(dictionary.idOf(token), k -> new SimilarStrings.IntBuffer()).add(n);
                shortest = Math.min(shortest, token.length());
            }
            shortestToken[n] = (byte) Math.min(127, shortest);
            byJoined.computeIfAbsent(joinedDictionary.idOf(String.join("", tokens)), k -> new SimilarStrings.IntBuffer()).add(n);
        }
        int[][] tokenNames = new int[dictionary.size()][];
        for (int d = 0; d < dictionary.size(); d++) {
            SimilarStrings.IntBuffer t = byToken.get(d);
            tokenNames[d] = t == null ? NONE : t.toArray();
        }
        int[][] joinedNames = new int[joinedDictionary.size()][];
        for (int d = 0; d < joinedDictionary.size(); d++) {
            SimilarStrings.IntBuffer j = byJoined.get(d);
            joinedNames[d] = j == null ? NONE : j.toArray();
        }
        return new LatinNameIndex(dictionary, joinedDictionary, tokenNames, joinedNames, tokenCount, shortestToken);
    }

    /** Ids of the names that may score at least {@code threshold} against the Latin {@code query}. */
    int[] candidates(NormalizedName query, double threshold) {
        List<String> tokens = query.tokens();
        int q = Math.min(tokens.size(), MAX_QUERY_TOKENS);
        Scratch s = SCRATCH.get().ensure(nameCount);
        s.touched.size = 0;
        float low = (float) Math.min(LOW_TOKEN_SIMILARITY, threshold);
        for (int i = 0; i < q; i++) {
            String token = tokens.get(i);
            if (token.length() == 1) {
                continue;
            }
            SimilarStrings.Matches matches = dictionary.search(token, low, -1);
            int initial = dictionary.idOf(token.substring(0, 1));
            if (initial >= 0) {
                matches.add(initial, 0.9);
            }
            for (int m = 0; m < matches.size; m++) {
                int d = matches.ids[m];
                float similarity = (float) matches.similarities[m];
                int partnerLength = dictionary.string(d).length();
                for (int n : tokenNames[d]) {
                    if (!s.seen[n]) {
                        s.seen[n] = true;
                        s.touched.add(n);
                    }
                    int slot = n * MAX_QUERY_TOKENS + i;
                    if (similarity > s.best[slot]) {
                        s.best[slot] = similarity;
                        s.partner[slot] = (byte) Math.min(127, partnerLength);
                    }
                    if (similarity >= threshold) {
                        s.seeded[n] = true;
                    }
                }
            }
        }
        SimilarStrings.IntBuffer kept = new SimilarStrings.IntBuffer();
        for (int t = 0; t < s.touched.size; t++) {
            int n = s.touched.values[t];
            if (s.seeded[n] && bound(tokens, n, s, low) >= threshold - 1e-9) {
                kept.add(n);
                s.kept[n] = true;
            }
        }
        String joined = String.join("", tokens);
        SimilarStrings.Matches joinedMatches = joinedDictionary.search(joined, threshold, 2);
        for (int m = 0; m < joinedMatches.size; m++) {
            for (int n : joinedNames[joinedMatches.ids[m]]) {
                if (!s.kept[n] && tokenCount[n] != tokens.size()) {
                    kept.add(n);
                    s.kept[n] = true;
                }
            }
        }
        for (int t = 0; t < s.touched.size; t++) {
            s.clear(s.touched.values[t]);
        }
        for (int k = 0; k < kept.size; k++) {
            s.kept[kept.values[k]] = false;
        }
        return kept.toArray();
    }

    /** An upper bound of the name's score against the query, from the token similarities found. */
    private double bound(List<String> tokens, int n, Scratch s, double low) {
        int q = tokens.size();
        int pairs = Math.min(q, tokenCount[n]);
        double[] value = new double[q];
        double[] weight = new double[q];
        for (int i = 0; i < q; i++) {
            int length = tokens.get(i).length();
            int slot = n * MAX_QUERY_TOKENS + i;
            if (i >= MAX_QUERY_TOKENS || length == 1) {
                value[i] = 1.0;
                weight[i] = length + shortestToken[n];
            } else if (s.best[slot] > 0) {
                value[i] = s.best[slot];
                weight[i] = length + s.partner[slot];
            } else {
                value[i] = low;
                weight[i] = length + shortestToken[n];
            }
        }
        // The pairs the scorer keeps are the best ones: take the query tokens with the highest values.
        Integer[] order = new Integer[q];
        for (int i = 0; i < q; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(value[b], value[a]));
        double weighted = 0;
        double weights = 0;
        for (int p = 0; p < pairs; p++) {
            weighted += value[order[p]] * weight[order[p]];
            weights += weight[order[p]];
        }
        int unmatched = Math.abs(q - tokenCount[n]);
        return weighted / weights * Math.max(0.5, 1.0 - UNMATCHED_TOKEN_PENALTY * unmatched);
    }

    /** Per-thread arrays sized to the index, cleared after each query. */
    private static final class Scratch {
        float[] best = new float[0];
        byte[] partner = new byte[0];
        boolean[] seen = new boolean[0];
        boolean[] seeded = new boolean[0];
        boolean[] kept = new boolean[0];
        final SimilarStrings.IntBuffer touched = new SimilarStrings.IntBuffer();

        Scratch ensure(int names) {
            if (seen.length < names) {
                best = new float[names * MAX_QUERY_TOKENS];
                partner = new byte[names * MAX_QUERY_TOKENS];
                seen = new boolean[names];
                seeded = new boolean[names];
                kept = new boolean[names];
            }
            return this;
        }

        void clear(int n) {
            seen[n] = false;
            seeded[n] = false;
            Arrays.fill(best, n * MAX_QUERY_TOKENS, (n + 1) * MAX_QUERY_TOKENS, 0f);
        }
    }
}

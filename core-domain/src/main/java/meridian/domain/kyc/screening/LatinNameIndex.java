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
 * <p>The token-wise score is a length-weighted mean of token-pair similarities times a penalty of at most 1, so a name
 * reaching the review threshold holds a token whose similarity to some query token reaches it too. The index keeps a
 * dictionary of the distinct tokens ({@link SimilarStrings}) and, for each, the names holding it: each query token's
 * similar tokens give the names worth looking at. A common word (trading, holdings) brings thousands of them, so each is
 * first bounded from its token pairs (the similarity where the search found it, else the dictionary's letter bound, capped
 * under the threshold where the search would have found it), and only the few that may still reach the threshold are
 * scored token-wise, allocation-free, with {@link NameSimilarity#pairedScore the scorer's own pairing} and each token
 * pair's similarity computed once per query. Only the names that reach the threshold are returned. Names that match
 * joined together (Al Qaida, Alqaida) are found in a second dictionary of the joined names. What the index can miss: a
 * name whose only similar tokens pair with one-letter query tokens (initials), or with query tokens after the
 * {@value #MAX_SEED_TOKENS}th.
 */
final class LatinNameIndex {
    private static final int MAX_SEED_TOKENS = 8;
    private static final double UNMATCHED_TOKEN_PENALTY = 0.08;
    private static final int[] NONE = new int[0];
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final SimilarStrings dictionary;
    private final SimilarStrings joinedDictionary;
    /** For each token of the dictionary, the names holding it. */
    private final int[][] tokenNames;
    /** For each joined name of the joined dictionary, the names that read it when joined together. */
    private final int[][] joinedNames;
    /** For each name, its tokens in order as dictionary ids (none for Chinese names). */
    private final int[][] nameTokens;
    private final int[] tokenLength;
    /** Per token of each name, in name order (from {@code nameStart[n]}): its {@link SimilarStrings#key} and prefix. */
    private final int[] nameStart;
    private final long[] occurrenceKey;
    private final long[] occurrencePrefix;

    private LatinNameIndex(SimilarStrings dictionary, SimilarStrings joinedDictionary, int[][] tokenNames,
            int[][] joinedNames, int[][] nameTokens) {
        this.dictionary = dictionary;
        this.joinedDictionary = joinedDictionary;
        this.tokenNames = tokenNames;
        this.joinedNames = joinedNames;
        this.nameTokens = nameTokens;
        this.tokenLength = new int[dictionary.size()];
        for (int d = 0; d < tokenLength.length; d++) {
            tokenLength[d] = dictionary.string(d).length();
        }
        this.nameStart = new int[nameTokens.length + 1];
        for (int n = 0; n < nameTokens.length; n++) {
            nameStart[n + 1] = nameStart[n] + nameTokens[n].length;
        }
        this.occurrenceKey = new long[nameStart[nameTokens.length]];
        this.occurrencePrefix = new long[occurrenceKey.length];
        for (int n = 0; n < nameTokens.length; n++) {
            for (int j = 0; j < nameTokens[n].length; j++) {
                String token = dictionary.string(nameTokens[n][j]);
                occurrenceKey[nameStart[n] + j] = SimilarStrings.key(token);
                occurrencePrefix[nameStart[n] + j] = SimilarStrings.prefix(token);
            }
        }
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
        int[][] nameTokens = new int[names.length][];
        for (int n = 0; n < names.length; n++) {
            if (names[n].isChinese()) {
                nameTokens[n] = NONE;
                continue;
            }
            List<String> tokens = names[n].tokens();
            nameTokens[n] = tokens.stream().mapToInt(dictionary::idOf).toArray();
            for (int d : Arrays.stream(nameTokens[n]).distinct().toArray()) {
                byToken.computeIfAbsent(d, k -> new SimilarStrings.IntBuffer()).add(n);
            }
            byJoined.computeIfAbsent(joinedDictionary.idOf(String.join("", tokens)), k -> new SimilarStrings.IntBuffer())
                    .add(n);
        }
        return new LatinNameIndex(dictionary, joinedDictionary, postings(byToken, dictionary.size()),
                postings(byJoined, joinedDictionary.size()), nameTokens);
    }

    private static int[][] postings(Map<Integer, SimilarStrings.IntBuffer> building, int size) {
        int[][] postings = new int[size][];
        for (int d = 0; d < size; d++) {
            SimilarStrings.IntBuffer ids = building.get(d);
            postings[d] = ids == null ? NONE : ids.toArray();
        }
        return postings;
    }

    /** Ids of the names that may score at least {@code threshold} against the Latin {@code query}. */
    int[] candidates(NormalizedName query, double threshold) {
        List<String> tokens = query.tokens();
        Scratch s = SCRATCH.get().start(nameTokens.length, tokens.size(), dictionary.size());
        for (int i = 0; i < tokens.size(); i++) {
            s.queryLength[i] = tokens.get(i).length();
            s.signatures[i] = new SimilarStrings.Signature(tokens.get(i));
        }
        SimilarStrings.IntBuffer kept = new SimilarStrings.IntBuffer();
        int seeds = Math.min(tokens.size(), MAX_SEED_TOKENS);
        SimilarStrings.Matches[] similar = new SimilarStrings.Matches[seeds];
        for (int i = 0; i < seeds; i++) {
            if (tokens.get(i).length() > 1) {
                similar[i] = dictionary.search(tokens.get(i), threshold, -1);
                for (int m = 0; m < similar[i].size; m++) {
                    s.remember(i, similar[i].ids[m], similar[i].similarities[m]);
                    s.matched[similar[i].ids[m] >>> 6] |= 1L << similar[i].ids[m];
                }
            }
        }
        // Only once every query token's similar tokens are known can a name's pair bounds use them.
        for (int i = 0; i < seeds; i++) {
            for (int m = 0; similar[i] != null && m < similar[i].size; m++) {
                for (int n : tokenNames[similar[i].ids[m]]) {
                    if (!s.seen[n]) {
                        s.seen[n] = true;
                        s.touched.add(n);
                        if (mayReach(tokens.size(), n, s, threshold) && tokenwise(tokens, n, s) >= threshold - 1e-9) {
                            kept.add(n);
                            s.kept[n] = true;
                        }
                    }
                }
            }
        }
        SimilarStrings.Matches joinedMatches = joinedDictionary.search(String.join("", tokens), threshold, 2);
        for (int m = 0; m < joinedMatches.size; m++) {
            for (int n : joinedNames[joinedMatches.ids[m]]) {
                if (!s.kept[n] && nameTokens[n].length != tokens.size()) {
                    if (!s.seen[n]) {
                        s.seen[n] = true;
                        s.touched.add(n);
                    }
                    kept.add(n);
                    s.kept[n] = true;
                }
            }
        }
        for (int i = 0; i < seeds; i++) {
            for (int m = 0; similar[i] != null && m < similar[i].size; m++) {
                s.matched[similar[i].ids[m] >>> 6] = 0;
            }
        }
        for (int t = 0; t < s.touched.size; t++) {
            s.seen[s.touched.values[t]] = false;
            s.kept[s.touched.values[t]] = false;
        }
        return kept.toArray();
    }

    /**
     * False when the name cannot reach the threshold token-wise, from bounds on its token pairs: a pair's similarity
     * where it is known, else the filter's bound, and under the threshold for a query token whose similar tokens were
     * all looked up. Whatever pairs the scorer takes, the side with fewer tokens is paired in full, so its weighted mean
     * reaching {@code threshold / penalty} needs each of those tokens' best {@code (similarity - target) * weight} to sum
     * to zero or more.
     */
    private boolean mayReach(int rows, int n, Scratch s, double threshold) {
        int[] name = nameTokens[n];
        int cols = name.length;
        double target = threshold / Math.max(0.5, 1.0 - UNMATCHED_TOKEN_PENALTY * Math.abs(rows - cols)) - 1e-9;
        double[] bound = s.matrix(rows * cols);
        int start = nameStart[n];
        for (int j = 0; j < cols; j++) {
            int d = name[j];
            boolean matched = (s.matched[d >>> 6] & (1L << d)) != 0;
            for (int i = 0; i < rows; i++) {
                double b = matched ? s.known(i, d) : Double.NaN;
                if (Double.isNaN(b)) {
                    b = SimilarStrings.similarityBound(s.signatures[i], occurrenceKey[start + j], occurrencePrefix[start + j]);
                    if (i < MAX_SEED_TOKENS && s.queryLength[i] > 1) {
                        b = Math.min(b, threshold);
                    }
                }
                bound[i * cols + j] = (b - target) * (s.queryLength[i] + (int) (occurrenceKey[start + j] >>> 58));
            }
        }
        double sum = 0;
        if (rows <= cols) {
            for (int i = 0; i < rows; i++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    best = Math.max(best, bound[i * cols + j]);
                }
                sum += best;
            }
        } else {
            for (int j = 0; j < cols; j++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < rows; i++) {
                    best = Math.max(best, bound[i * cols + j]);
                }
                sum += best;
            }
        }
        return sum >= -1e-9;
    }

    /** The name's token-wise score against the query, as {@link NameSimilarity} computes it. */
    private double tokenwise(List<String> tokens, int n, Scratch s) {
        int[] name = nameTokens[n];
        int rows = tokens.size();
        int cols = name.length;
        double[] sim = s.matrix(rows * cols);
        s.ensureNameTokens(cols);
        for (int j = 0; j < cols; j++) {
            s.nameLength[j] = tokenLength[name[j]];
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sim[i * cols + j] = s.similarity(i, name[j], tokens.get(i), dictionary);
            }
        }
        return NameSimilarity.pairedScore(sim, rows, cols, s.queryLength, s.nameLength, s.usedQuery, s.usedName);
    }

    /** Per-thread arrays sized to the index and the query; the similarity cache is invalidated by a new stamp. */
    private static final class Scratch {
        boolean[] seen = new boolean[0];
        boolean[] kept = new boolean[0];
        /** Bit d: dictionary token d is similar to some query token (its similarities are cached). */
        long[] matched = new long[0];
        final SimilarStrings.IntBuffer touched = new SimilarStrings.IntBuffer();
        /** {@code cache[d * queryTokens + i]}: query token i against dictionary token d, valid where stamped. */
        double[] cache = new double[0];
        int[] cacheStamp = new int[0];
        int stamp;
        int queryTokens;
        SimilarStrings.Signature[] signatures = new SimilarStrings.Signature[0];
        int[] queryLength = new int[0];
        boolean[] usedQuery = new boolean[0];
        int[] nameLength = new int[8];
        boolean[] usedName = new boolean[8];
        double[] matrix = new double[64];

        Scratch start(int names, int queryTokens, int dictionarySize) {
            if (seen.length < names) {
                seen = new boolean[names];
                kept = new boolean[names];
            }
            touched.size = 0;
            if (matched.length < (dictionarySize + 63) / 64) {
                matched = new long[(dictionarySize + 63) / 64];
            }
            this.queryTokens = queryTokens;
            if (cache.length < (long) queryTokens * dictionarySize) {
                cache = new double[queryTokens * dictionarySize];
                cacheStamp = new int[queryTokens * dictionarySize];
                stamp = 0;
            }
            if (stamp == Integer.MAX_VALUE) {
                Arrays.fill(cacheStamp, 0);
                stamp = 0;
            }
            stamp++;
            if (queryLength.length < queryTokens) {
                queryLength = new int[queryTokens];
                usedQuery = new boolean[queryTokens];
                signatures = new SimilarStrings.Signature[queryTokens];
            }
            return this;
        }

        void remember(int queryToken, int dictionaryToken, double similarity) {
            int slot = dictionaryToken * queryTokens + queryToken;
            cache[slot] = similarity;
            cacheStamp[slot] = stamp;
        }

        double similarity(int queryToken, int dictionaryToken, String token, SimilarStrings dictionary) {
            int slot = dictionaryToken * queryTokens + queryToken;
            if (cacheStamp[slot] != stamp) {
                cache[slot] = NameSimilarity.tokenSimilarity(token, dictionary.string(dictionaryToken));
                cacheStamp[slot] = stamp;
            }
            return cache[slot];
        }

        /** The cached similarity, or NaN. */
        double known(int queryToken, int dictionaryToken) {
            int slot = dictionaryToken * queryTokens + queryToken;
            return cacheStamp[slot] == stamp ? cache[slot] : Double.NaN;
        }

        double[] matrix(int size) {
            if (matrix.length < size) {
                matrix = new double[size];
            }
            return matrix;
        }

        void ensureNameTokens(int tokens) {
            if (nameLength.length < tokens) {
                nameLength = new int[tokens];
                usedName = new boolean[tokens];
            }
        }
    }
}

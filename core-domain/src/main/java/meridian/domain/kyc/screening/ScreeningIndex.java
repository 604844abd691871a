package meridian.domain.kyc.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from name fragments to the names of a watch list, so that screening looks only at names that share
 * fragments with the query instead of scanning the list.
 *
 * <p>Chinese names are keyed by their character pairs at distance one and two (张伟明: 张伟, 伟明, 张明), so one wrong or
 * swapped character still leaves a shared key; a one-character name is keyed by itself. Latin names are keyed by the
 * character trigrams of each token with start and end marks (^mo, moh, ..., ed$). Keys are weighted by rarity (log of inverse
 * document frequency). A Chinese candidate must share as many keys as the edits allowed by the review threshold leave
 * intact (a q-gram count filter, so the index loses no hit a scan would find); a Latin candidate must hold at least
 * {@value #MIN_SHARED_WEIGHT} of the weight of the query's keys that occur in the list. At most
 * {@value #MAX_CHINESE_CANDIDATES} Chinese and {@value #MAX_LATIN_CANDIDATES} Latin candidates are scored, those sharing
 * most keys (weight) first.
 */
public final class ScreeningIndex {
    static final double MIN_SHARED_WEIGHT = 0.3;
    static final int MAX_CHINESE_CANDIDATES = 1000;
    static final int MAX_LATIN_CANDIDATES = 300;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    /** One substituted, inserted, deleted or swapped character breaks at most four pair keys (two adjacent, two skip). */
    private static final int KEYS_LOST_PER_EDIT = 4;
    private static final long CHINESE = 1L << 62;
    private static final long LATIN = 2L << 62;

    private final NameNormalizer normalizer;
    private final List<WatchListEntry> entries;
    private final int[] nameEntry;
    private final NormalizedName[] names;
    private final Map<Long, int[]> postings;
    private final Map<Long, Float> weights;

    private ScreeningIndex(NameNormalizer normalizer, List<WatchListEntry> entries, int[] nameEntry, NormalizedName[] names,
            Map<Long, int[]> postings) {
        this.normalizer = normalizer;
        this.entries = entries;
        this.nameEntry = nameEntry;
        this.names = names;
        this.postings = postings;
        this.weights = new HashMap<>(postings.size() * 2);
        double total = names.length;
        postings.forEach((key, ids) -> weights.put(key, (float) Math.log(1.0 + total / ids.length)));
    }

    public static ScreeningIndex build(List<WatchListEntry> entries, NameNormalizer normalizer) {
        List<WatchListEntry> all = List.copyOf(entries);
        List<Integer> owners = new ArrayList<>();
        List<NormalizedName> normalized = new ArrayList<>();
        Map<Long, IntList> building = new HashMap<>();
        for (int e = 0; e < all.size(); e++) {
            for (String name : all.get(e).allNames()) {
                NormalizedName n = normalizer.normalize(name);
                if (n.isEmpty()) {
                    continue;
                }
                int id = normalized.size();
                normalized.add(n);
                owners.add(e);
                for (long key : keys(n)) {
                    building.computeIfAbsent(key, k -> new IntList()).add(id);
                }
            }
        }
        Map<Long, int[]> postings = new HashMap<>(building.size() * 2);
        building.forEach((key, ids) -> postings.put(key, ids.toArray()));
        int[] nameEntry = owners.stream().mapToInt(Integer::intValue).toArray();
        return new ScreeningIndex(normalizer, all, nameEntry, normalized.toArray(NormalizedName[]::new), postings);
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    public List<WatchListEntry> entries() {
        return entries;
    }

    /** How many names (primary names and aliases) are indexed. */
    public int nameCount() {
        return names.length;
    }

    WatchListEntry entryOfName(int nameId) {
        return entries.get(nameEntry[nameId]);
    }

    NormalizedName name(int nameId) {
        return names[nameId];
    }

    int entryIndexOfName(int nameId) {
        return nameEntry[nameId];
    }

    /** Ids of the indexed names worth scoring against {@code query} for hits at or above {@code reviewThreshold}. */
    int[] candidates(NormalizedName query, double reviewThreshold) {
        Set<Long> queryKeys = keys(query);
        Scratch scratch = SCRATCH.get().ensure(names.length);
        float[] sharedWeight = scratch.weight;
        int[] sharedCount = scratch.count;
        IntList touched = scratch.touched;
        touched.size = 0;
        float presentWeight = 0;
        for (long key : queryKeys) {
            int[] ids = postings.get(key);
            if (ids == null) {
                continue;
            }
            float weight = weights.get(key);
            presentWeight += weight;
            for (int id : ids) {
                if (sharedCount[id] == 0) {
                    touched.add(id);
                }
                sharedCount[id]++;
                sharedWeight[id] += weight;
            }
        }
        int[] kept = new int[touched.size];
        int[] rank = new int[touched.size];
        int n = 0;
        int maxRank = 0;
        if (query.isChinese()) {
            int minShared = Math.max(1, queryKeys.size() - KEYS_LOST_PER_EDIT * maxEdits(query, reviewThreshold));
            for (int i = 0; i < touched.size; i++) {
                int id = touched.values[i];
                if (sharedCount[id] >= minShared) {
                    rank[n] = sharedCount[id];
                    kept[n++] = id;
                }
            }
        } else {
            float floor = (float) (MIN_SHARED_WEIGHT * presentWeight);
            for (int i = 0; i < touched.size; i++) {
                int id = touched.values[i];
                if (sharedWeight[id] >= floor) {
                    rank[n] = Math.round(sharedWeight[id] * 16);
                    kept[n++] = id;
                }
            }
        }
        for (int i = 0; i < touched.size; i++) {
            sharedCount[touched.values[i]] = 0;
            sharedWeight[touched.values[i]] = 0;
        }
        for (int i = 0; i < n; i++) {
            maxRank = Math.max(maxRank, rank[i]);
        }
        int limit = query.isChinese() ? MAX_CHINESE_CANDIDATES : MAX_LATIN_CANDIDATES;
        return n <= limit ? Arrays.copyOf(kept, n) : best(kept, rank, n, maxRank, limit);
    }

    /** The {@code limit} ids of highest rank, by counting ranks (ranks are small integers), best first. */
    private static int[] best(int[] ids, int[] rank, int n, int maxRank, int limit) {
        int[] perRank = new int[maxRank + 1];
        for (int i = 0; i < n; i++) {
            perRank[rank[i]]++;
        }
        int cut = maxRank;
        int taken = 0;
        while (cut > 0 && taken + perRank[cut] < limit) {
            taken += perRank[cut];
            cut--;
        }
        int[] best = new int[limit];
        int filled = 0;
        for (int r = maxRank; r >= cut && filled < limit; r--) {
            for (int i = 0; i < n && filled < limit; i++) {
                if (rank[i] == r) {
                    best[filled++] = ids[i];
                }
            }
        }
        return Arrays.copyOf(best, filled);
    }

    /**
     * The most edits a Chinese name within the review threshold can differ by. The score is {@code 1 - d / (L + 4)} with
     * L the longer name, which is at most the query length plus d, so {@code d <= (1 - r)(Lq + 4) / r}.
     */
    private static int maxEdits(NormalizedName query, double reviewThreshold) {
        int length = query.chinese().codePointCount(0, query.chinese().length());
        return (int) Math.floor((1 - reviewThreshold) * (length + 4) / reviewThreshold + 1e-9);
    }

    static Set<Long> keys(NormalizedName name) {
        Set<Long> keys = new LinkedHashSet<>();
        if (name.isChinese()) {
            int[] cps = name.chinese().codePoints().toArray();
            if (cps.length == 1) {
                keys.add(CHINESE | pack(cps[0], 0));
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                keys.add(CHINESE | pack(cps[i], cps[i + 1]));
                if (i + 2 < cps.length) {
                    keys.add(CHINESE | pack(cps[i], cps[i + 2]));
                }
            }
        } else {
            for (String token : name.tokens()) {
                String marked = "^" + token + "$";
                if (marked.length() == 3) {
                    keys.add(LATIN | pack3(marked.charAt(0), marked.charAt(1), marked.charAt(2)));
                }
                for (int i = 0; i + 2 < marked.length(); i++) {
                    keys.add(LATIN | pack3(marked.charAt(i), marked.charAt(i + 1), marked.charAt(i + 2)));
                }
            }
        }
        return keys;
    }

    private static long pack(int first, int second) {
        return ((long) first << 21) | second;
    }

    private static long pack3(char first, char second, char third) {
        return ((long) first << 32) | ((long) second << 16) | third;
    }

    /** Per-thread counters, sized to the index and cleared after each query, so screening allocates little. */
    private static final class Scratch {
        float[] weight = new float[0];
        int[] count = new int[0];
        final IntList touched = new IntList();

        Scratch ensure(int size) {
            if (count.length < size) {
                weight = new float[size];
                count = new int[size];
            }
            return this;
        }
    }

    /** A growable int array, to keep postings compact while building. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

package meridian.domain.kyc.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from name fragments to the names of a watch list, so that screening looks only at names that may reach
 * the review threshold instead of scanning the list.
 *
 * <p>Chinese names are keyed by their character pairs at distance one and two (张伟明: 张伟, 伟明, 张明), so one wrong or
 * swapped character still leaves a shared key; a one-character name is keyed by itself. A candidate must share as many
 * keys as the edits allowed by the review threshold leave intact (a q-gram count filter, so the index loses no hit a scan
 * would find). Latin names are looked up by {@link LatinNameIndex}.
 */
public final class ScreeningIndex {
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    /** One substituted, inserted, deleted or swapped character breaks at most four pair keys (two adjacent, two skip). */
    private static final int KEYS_LOST_PER_EDIT = 4;
    private static final long CHINESE = 1L << 62;

    private final NameNormalizer normalizer;
    private final List<WatchListEntry> entries;
    private final int[] nameEntry;
    private final NormalizedName[] names;
    private final Map<Long, int[]> postings;
    private final LatinNameIndex latin;

    private ScreeningIndex(NameNormalizer normalizer, List<WatchListEntry> entries, int[] nameEntry, NormalizedName[] names,
            Map<Long, int[]> postings) {
        this.normalizer = normalizer;
        this.entries = entries;
        this.nameEntry = nameEntry;
        this.names = names;
        this.postings = postings;
        this.latin = LatinNameIndex.build(names);
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
        if (!query.isChinese()) {
            return latin.candidates(query, reviewThreshold);
        }
        Set<Long> queryKeys = keys(query);
        int[] sharedCount = SCRATCH.get().ensure(names.length);
        IntList touched = new IntList();
        for (long key : queryKeys) {
            int[] ids = postings.get(key);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (sharedCount[id]++ == 0) {
                    touched.add(id);
                }
            }
        }
        int minShared = Math.max(1, queryKeys.size() - KEYS_LOST_PER_EDIT * maxEdits(query, reviewThreshold));
        IntList kept = new IntList();
        for (int i = 0; i < touched.size; i++) {
            int id = touched.values[i];
            if (sharedCount[id] >= minShared) {
                kept.add(id);
            }
            sharedCount[id] = 0;
        }
        return kept.toArray();
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
        }
        return keys;
    }

    private static long pack(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** Per-thread counters, sized to the index and cleared after each query, so screening allocates little. */
    private static final class Scratch {
        int[] count = new int[0];

        int[] ensure(int size) {
            if (count.length < size) {
                count = new int[size];
            }
            return count;
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

package meridian.domain.kyc.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Screens a name against an indexed watch list: at most one hit per list entry, best score first. */
public final class NameScreener {
    private final ScreeningIndex index;
    private final ScreeningThresholds thresholds;

    public NameScreener(ScreeningIndex index, ScreeningThresholds thresholds) {
        this.index = index;
        this.thresholds = thresholds;
    }

    public static NameScreener of(List<WatchListEntry> entries) {
        return new NameScreener(ScreeningIndex.build(entries, NameNormalizer.standard()), ScreeningThresholds.standard());
    }

    public ScreeningThresholds thresholds() {
        return thresholds;
    }

    public ScreeningIndex index() {
        return index;
    }

    public List<ScreeningHit> screen(String name) {
        NormalizedName query = index.normalizer().normalize(name);
        if (query.isEmpty()) {
            return List.of();
        }
        return hits(query, index.candidates(query, thresholds.review()));
    }

    /** The same answer by scoring every name on the list: the baseline the index is measured against. */
    public List<ScreeningHit> screenByScan(String name) {
        NormalizedName query = index.normalizer().normalize(name);
        if (query.isEmpty()) {
            return List.of();
        }
        int[] all = new int[index.nameCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return hits(query, all);
    }

    private List<ScreeningHit> hits(NormalizedName query, int[] nameIds) {
        Map<Integer, ScreeningHit> best = new HashMap<>();
        for (int id : nameIds) {
            double score = NameSimilarity.score(query, index.name(id));
            Optional<HitLevel> level = thresholds.levelOf(score);
            if (level.isEmpty()) {
                continue;
            }
            int entry = index.entryIndexOfName(id);
            ScreeningHit current = best.get(entry);
            if (current == null || score > current.score()) {
                best.put(entry, new ScreeningHit(index.entryOfName(id), index.name(id).original(), score, level.get()));
            }
        }
        List<ScreeningHit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingDouble(ScreeningHit::score).reversed().thenComparing(h -> h.entry().id()));
        return hits;
    }
}

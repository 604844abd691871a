package meridian.domain.kyc.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups near-duplicate news items (the same story reposted with another headline or a few words changed): items whose
 * sets of character 4-gram shingles (of the folded title and body) have a Jaccard similarity of at least the threshold
 * are one story, represented by its earliest item.
 */
public final class NearDuplicates {
    static final int SHINGLE = 4;

    private final double threshold;
    private final TextFolding folding;

    public NearDuplicates(double threshold, TextFolding folding) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
        this.threshold = threshold;
        this.folding = folding;
    }

    /** Each story once: the earliest item mapped to the ids of the later copies. */
    public Map<NewsItem, List<String>> group(List<NewsItem> items) {
        List<NewsItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(NewsItem::publishedOn).thenComparing(NewsItem::id));
        List<Set<String>> kept = new ArrayList<>();
        Map<NewsItem, List<String>> stories = new LinkedHashMap<>();
        List<NewsItem> representatives = new ArrayList<>();
        for (NewsItem item : ordered) {
            Set<String> shingles = shingles(item);
            int duplicateOf = -1;
            for (int i = 0; i < kept.size() && duplicateOf < 0; i++) {
                if (jaccard(shingles, kept.get(i)) >= threshold) {
                    duplicateOf = i;
                }
            }
            if (duplicateOf >= 0) {
                stories.get(representatives.get(duplicateOf)).add(item.id());
            } else {
                kept.add(shingles);
                representatives.add(item);
                stories.put(item, new ArrayList<>());
            }
        }
        return stories;
    }

    Set<String> shingles(NewsItem item) {
        String text = folding.compact(item.title() + item.body());
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            shingles.add(text.substring(i, i + SHINGLE));
        }
        if (shingles.isEmpty()) {
            shingles.add(text);
        }
        return shingles;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String s : smaller) {
            if (larger.contains(s)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }
}

package meridian.domain.kyc.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.WatchListEntry;

/**
 * The watch-list entries and news a tenant's cases are screened against: the configured base list and feed, with the
 * tenant's own loads on top. A list the tenant replaced hides the base entries of that list; an entry or item with the
 * same list and id as a base one replaces it.
 */
public record MonitoredLists(long version, List<WatchListEntry> entries, List<NewsItem> news) {

    public MonitoredLists {
        entries = List.copyOf(entries);
        news = List.copyOf(news);
    }

    public static MonitoredLists combine(long version, List<WatchListEntry> base, List<NewsItem> baseNews,
            Set<String> replacedLists, List<WatchListEntry> tenantEntries, List<NewsItem> tenantNews) {
        Map<String, WatchListEntry> entries = new LinkedHashMap<>();
        for (WatchListEntry e : base) {
            if (!replacedLists.contains(e.source())) {
                entries.put(e.source() + "\n" + e.id(), e);
            }
        }
        tenantEntries.forEach(e -> entries.put(e.source() + "\n" + e.id(), e));
        Map<String, NewsItem> items = new LinkedHashMap<>();
        baseNews.forEach(n -> items.put(n.id(), n));
        tenantNews.forEach(n -> items.put(n.id(), n));
        return new MonitoredLists(version, new ArrayList<>(entries.values()), new ArrayList<>(items.values()));
    }
}

package meridian.domain.kyc.monitoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import meridian.domain.common.CborSerializable;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.WatchListEntry;

/**
 * What changed in a tenant's ongoing-monitoring inputs: a watch list loaded (added to, or replaced) or news items
 * posted. Each change carries the tenant's monitoring version it produced; every approved client is screened again
 * after it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MonitoringEvent.WatchListLoaded.class, name = "WatchListLoaded"),
        @JsonSubTypes.Type(value = MonitoringEvent.NewsPosted.class, name = "NewsPosted")})
public sealed interface MonitoringEvent extends CborSerializable {
    long version();

    Actor by();

    Instant at();

    /**
     * Entries of the list {@code list} (each entry's {@code source}); {@code replace} drops the list's earlier entries,
     * including the configured base list of that name, otherwise entries are added or replace those with the same id.
     */
    record WatchListLoaded(String list, List<WatchListEntry> entries, boolean replace, long version, Actor by, Instant at)
            implements MonitoringEvent {
        public WatchListLoaded {
            entries = List.copyOf(entries);
        }
    }

    /** News items; an item with the id of an earlier one replaces it. */
    record NewsPosted(List<NewsItem> items, long version, Actor by, Instant at) implements MonitoringEvent {
        public NewsPosted {
            items = List.copyOf(items);
        }
    }
}

package meridian.domain.kyc.screening;

/** A list entry that a screened name resembles: the entry's name or alias that matched best, and how well. */
public record ScreeningHit(WatchListEntry entry, String matchedName, double score, HitLevel level) {
}

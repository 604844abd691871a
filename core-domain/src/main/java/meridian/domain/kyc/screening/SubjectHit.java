package meridian.domain.kyc.screening;

/**
 * A watch-list hit on one subject of a case. {@link #key()} identifies the same finding across screenings, so that
 * monitoring can tell a new hit from one already reviewed.
 */
public record SubjectHit(ScreeningSubject subject, ScreeningHit hit) {

    public String key() {
        return hit.entry().source() + "/" + hit.entry().id() + "@" + subject.name();
    }

    public HitLevel level() {
        return hit.level();
    }
}

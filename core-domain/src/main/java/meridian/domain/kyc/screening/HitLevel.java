package meridian.domain.kyc.screening;

/** What a hit asks for: BLOCK stops approval until AML resolves it; REVIEW is shown to AML. */
public enum HitLevel {
    BLOCK,
    REVIEW
}

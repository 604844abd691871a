package meridian.domain.kyc.screening;

/** What being on a list means: sanctioned, a politically exposed person, or subject of enforcement or adverse media. */
public enum ListCategory {
    SANCTIONS,
    PEP,
    ENFORCEMENT
}

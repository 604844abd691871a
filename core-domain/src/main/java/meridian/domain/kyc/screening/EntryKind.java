package meridian.domain.kyc.screening;

/** Whether a list entry is a natural person or an organisation. */
public enum EntryKind {
    PERSON,
    ORGANISATION
}

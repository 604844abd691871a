package meridian.domain.kyc.screening;

/** Who in a case a screened name belongs to. */
public enum SubjectRole {
    INSTITUTION,
    LEGAL_REPRESENTATIVE,
    BENEFICIAL_OWNER
}

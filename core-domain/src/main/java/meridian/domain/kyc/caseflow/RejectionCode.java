package meridian.domain.kyc.caseflow;

/** Why a command was refused; each maps to one HTTP status and problem type. */
public enum RejectionCode {
    /** The command is not allowed in the case's state (409). */
    WRONG_STATE(409),
    /** The actor's role or identity may not issue this command on this case (403). */
    NOT_PERMITTED(403),
    /** The onboarding code does not match (403). */
    INVALID_CODE(403),
    /** The onboarding code has expired (410). */
    CODE_EXPIRED(410),
    /** Invalid fields, named in the rejection (400). */
    INVALID_INPUT(400),
    /** A document over the size limit (413). */
    DOCUMENT_TOO_LARGE(413),
    /** A document of a type that is not allowed (415). */
    UNSUPPORTED_DOCUMENT(415),
    /** Another role's review is due first (409). */
    OUT_OF_TURN(409),
    /** Approval is blocked by unresolved blocking hits, true matches, failed suitability or a missing limit (409). */
    APPROVAL_BLOCKED(409),
    /** A hit or document the case does not have (404). */
    NOT_FOUND(404);

    private final int httpStatus;

    RejectionCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}

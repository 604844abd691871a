package meridian.domain.kyc.caseflow;

/** A reviewer's verdict. RETURN sends the case back to the client for revision. */
public enum ReviewDecision {
    APPROVE,
    REJECT,
    RETURN
}

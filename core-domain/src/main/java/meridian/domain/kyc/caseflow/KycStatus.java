package meridian.domain.kyc.caseflow;

/** Where a KYC case is in its lifecycle. */
public enum KycStatus {
    /** No case yet: only an invitation can start one. */
    NEW,
    INVITED,
    DRAFT,
    /** Submitted; screening, AML rating and suitability run. */
    SCREENING,
    IN_REVIEW,
    /** Approved by every reviewer; the approval record awaits its seal. */
    APPROVED,
    /** Sealed: an eligible counterparty, re-screened when lists or news change. */
    MONITORING,
    REJECTED,
    CLOSED
}

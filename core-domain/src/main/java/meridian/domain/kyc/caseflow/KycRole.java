package meridian.domain.kyc.caseflow;

/** The roles that act on a KYC case. SYSTEM is Meridian itself (screening, sealing, monitoring). */
public enum KycRole {
    SALES,
    CLIENT,
    COMPLIANCE,
    RISK,
    AML,
    SYSTEM
}

package meridian.domain.kyc.aml;

/** The anti-money-laundering risk rating of a client. */
public enum AmlRiskLevel {
    LOW,
    MEDIUM,
    HIGH
}

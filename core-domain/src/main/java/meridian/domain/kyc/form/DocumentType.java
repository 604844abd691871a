package meridian.domain.kyc.form;

/** The documents a complete onboarding form carries, at least one of each. */
public enum DocumentType {
    BUSINESS_LICENCE,
    FINANCIAL_STATEMENTS,
    AUTHORISATION_LETTER
}

package meridian.domain.kyc.form;

/** What kind of institution a prospect is. The first six are licensed financial institutions. */
public enum InstitutionType {
    BANK(true),
    INSURER(true),
    FUND(true),
    TRUST(true),
    SECURITIES_FIRM(true),
    PRIVATE_FUND_MANAGER(true),
    CORPORATE(false),
    OTHER(false);

    private final boolean financialInstitution;

    InstitutionType(boolean financialInstitution) {
        this.financialInstitution = financialInstitution;
    }

    public boolean isFinancialInstitution() {
        return financialInstitution;
    }
}

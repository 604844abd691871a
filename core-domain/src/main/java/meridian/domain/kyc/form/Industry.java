package meridian.domain.kyc.form;

/** The institution's main line of business, as far as anti-money-laundering risk is concerned. */
public enum Industry {
    FINANCIAL_SERVICES,
    MANUFACTURING,
    TECHNOLOGY,
    UTILITIES,
    CONSTRUCTION,
    REAL_ESTATE,
    IMPORT_EXPORT_TRADING,
    MINING_AND_ENERGY,
    PRECIOUS_METALS_AND_JEWELLERY,
    GAMING_AND_ENTERTAINMENT,
    OTHER
}

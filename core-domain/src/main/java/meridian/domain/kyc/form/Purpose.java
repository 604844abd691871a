package meridian.domain.kyc.form;

/** Why the client trades OTC derivatives. */
public enum Purpose {
    HEDGING,
    INVESTMENT
}

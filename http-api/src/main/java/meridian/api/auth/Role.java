package meridian.api.auth;

/** The roles a token may carry. */
public enum Role {
    CLIENT, SALES, TRADER, RISK, COMPLIANCE, AML, OPERATIONS, INVESTOR, REGULATOR, ADMIN
}

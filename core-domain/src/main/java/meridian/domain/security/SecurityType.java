package meridian.domain.security;

/** What kind of underlying a security is. */
public enum SecurityType {
    STOCK, INDEX, ETF, FUTURE
}

package meridian.domain.rfq.parse;

/** Which way the client trades. */
public enum Side {
    CLIENT_BUY, CLIENT_SELL
}

package meridian.domain.rfq.reply;

/** What a client's message says about a quote that was sent: take it, refuse it, or neither. */
public enum AcceptanceIntent {
    ACCEPT, DECLINE, NONE
}

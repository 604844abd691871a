package meridian.domain.rfq.flow;

/** Where an RFQ stands, from the chat message to the booked deal. */
public enum RfqStatus {
    NEW, RECEIVED, PARSED, IGNORED, REFUSED, PENDING_APPROVAL, APPROVED, REJECTED, SENT, ACCEPTED, DECLINED, EXPIRED, BOOKED;

    /** A person's answer moves the RFQ on from here (a trader's approval, the client's reply), not the desk's work. */
    public boolean awaitsAPerson() {
        return this == PENDING_APPROVAL || this == SENT;
    }

    /** The end of an RFQ's life: nothing more happens to it. */
    public boolean closed() {
        return this == IGNORED || this == REFUSED || this == REJECTED || this == DECLINED || this == EXPIRED || this == BOOKED;
    }
}

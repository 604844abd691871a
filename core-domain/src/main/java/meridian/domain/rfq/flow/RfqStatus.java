package meridian.domain.rfq.flow;

/** Where an RFQ stands, from the chat message to the booked deal. */
public enum RfqStatus {
    NEW, RECEIVED, PARSED, IGNORED, REFUSED, PENDING_APPROVAL, APPROVED, REJECTED, SENT, ACCEPTED, DECLINED, EXPIRED, BOOKED
}

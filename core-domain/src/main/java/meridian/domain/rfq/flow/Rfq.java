package meridian.domain.rfq.flow;

import meridian.domain.common.CborSerializable;
import meridian.domain.rfq.parse.RfqLeg;

import java.time.Instant;
import java.util.List;

/**
 * The state of one RFQ; {@link #EMPTY} before its message arrives. {@code validUntil}: while a trader is asked to
 * approve, when the price lapses; once sent, when the client's quote expires.
 */
public record Rfq(RfqStatus status, String rfqId, String tenant, String groupId, String clientId, String text,
                  List<RfqLeg> legs, List<LegQuote> quotes, Instant receivedAt, Instant validUntil,
                  String outcome, List<String> dealIds) implements CborSerializable {

    public static final Rfq EMPTY = new Rfq(RfqStatus.NEW, null, null, null, null, null, List.of(), List.of(),
            null, null, null, List.of());

    public Rfq {
        legs = List.copyOf(legs);
        quotes = List.copyOf(quotes);
        dealIds = List.copyOf(dealIds);
    }

    /** The price's deadline (approval, or the sent quote's validity) lies before {@code now}; never without one. */
    public boolean validityPassed(Instant now) {
        return validUntil != null && now.isAfter(validUntil);
    }

    Rfq with(RfqStatus next) {
        return new Rfq(next, rfqId, tenant, groupId, clientId, text, legs, quotes, receivedAt, validUntil, outcome, dealIds);
    }

    Rfq withLegs(List<RfqLeg> parsed) {
        return new Rfq(RfqStatus.PARSED, rfqId, tenant, groupId, clientId, text, parsed, quotes, receivedAt, validUntil, outcome, dealIds);
    }

    /** {@code until}: how long the price holds in its new state (null: until something else happens). */
    Rfq withQuotes(RfqStatus next, List<LegQuote> priced, Instant until) {
        return new Rfq(next, rfqId, tenant, groupId, clientId, text, legs, priced, receivedAt, until, outcome, dealIds);
    }

    Rfq withOutcome(RfqStatus next, String why) {
        return new Rfq(next, rfqId, tenant, groupId, clientId, text, legs, quotes, receivedAt, validUntil, why, dealIds);
    }

    Rfq sent(Instant until) {
        return new Rfq(RfqStatus.SENT, rfqId, tenant, groupId, clientId, text, legs, quotes, receivedAt, until, outcome, dealIds);
    }

    Rfq booked(List<String> deals) {
        return new Rfq(RfqStatus.BOOKED, rfqId, tenant, groupId, clientId, text, legs, quotes, receivedAt, validUntil, outcome, deals);
    }
}

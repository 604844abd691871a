package meridian.domain.deal;

import meridian.domain.common.CborSerializable;
import meridian.domain.common.Decision;

import java.time.Instant;

/** A deal's state; {@link #NONE} before it is booked. Booking the same terms again is a no-op, so retries are safe. */
public record Deal(String status, String dealId, String tenant, DealTerms terms, Instant bookedAt) implements CborSerializable {

    public static final Deal NONE = new Deal("NotBooked", null, null, null, null);

    public Decision<DealEvent> book(String dealId, String tenant, DealTerms terms, String by, Instant now) {
        if (this.terms == null) {
            return Decision.accept(new DealEvent.DealBooked(dealId, tenant, terms, by, now));
        }
        return this.terms.equals(terms) ? Decision.accept()
                : Decision.reject("deal " + dealId + " is already booked with other terms (state " + status + ")");
    }

    public Deal apply(DealEvent event) {
        DealEvent.DealBooked booked = (DealEvent.DealBooked) event;
        return new Deal("Booked", booked.dealId(), booked.tenant(), booked.terms(), booked.at());
    }
}

package meridian.domain.deal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.common.CborSerializable;

import java.time.Instant;

/** What happened to a deal. The lifecycle after booking (fixings, knock-in/out, settlement) adds to this family. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({@JsonSubTypes.Type(value = DealEvent.DealBooked.class, name = "DealBooked")})
public sealed interface DealEvent extends CborSerializable {

    Instant at();

    record DealBooked(String dealId, String tenant, DealTerms terms, String bookedBy, Instant at) implements DealEvent {
    }
}

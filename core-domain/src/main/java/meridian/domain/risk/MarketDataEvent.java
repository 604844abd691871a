package meridian.domain.risk;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import meridian.domain.common.CborSerializable;

/** Market data changes of one tenant. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({@JsonSubTypes.Type(value = MarketDataEvent.MarketQuoted.class, name = "MarketQuoted")})
public sealed interface MarketDataEvent extends CborSerializable {

    record MarketQuoted(String tenant, List<MarketQuote> quotes, String by, Instant at) implements MarketDataEvent {
        public MarketQuoted {
            quotes = List.copyOf(quotes);
        }
    }
}

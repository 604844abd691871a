package meridian.domain.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.Decision;

/** The latest quote of every underlying of a tenant, and when each was quoted; what a risk run values on. */
public record MarketSnapshot(Map<String, MarketQuote> quotes, Map<String, Instant> quotedAt) implements CborSerializable {

    public static final MarketSnapshot EMPTY = new MarketSnapshot(Map.of(), Map.of());

    public MarketSnapshot {
        quotes = Map.copyOf(quotes);
        quotedAt = Map.copyOf(quotedAt);
    }

    public Decision<MarketDataEvent> quote(String tenant, List<MarketQuote> updates, String by, Instant now) {
        if (updates.isEmpty()) {
            return Decision.reject("no quotes given");
        }
        return Decision.accept(new MarketDataEvent.MarketQuoted(tenant, updates, by, now));
    }

    public MarketSnapshot apply(MarketDataEvent event) {
        MarketDataEvent.MarketQuoted quoted = (MarketDataEvent.MarketQuoted) event;
        Map<String, MarketQuote> nextQuotes = new TreeMap<>(quotes);
        Map<String, Instant> nextAt = new TreeMap<>(quotedAt);
        for (MarketQuote quote : quoted.quotes()) {
            nextQuotes.put(quote.underlying(), quote);
            nextAt.put(quote.underlying(), quoted.at());
        }
        return new MarketSnapshot(nextQuotes, nextAt);
    }
}

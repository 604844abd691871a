package meridian.pricing.cluster;

import java.util.List;
import java.util.Map;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookRun;

/** A started run's work: its contracts in order, split into batches of {@code batchSize}, and the markets by underlying. */
public record RunPlan(String runId, List<WireContract> contracts, Map<String, MarketData> markets, BookRun run, int batchSize) {
    public RunPlan {
        contracts = List.copyOf(contracts);
        markets = Map.copyOf(markets);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public int batches() {
        return (contracts.size() + batchSize - 1) / batchSize;
    }

    public List<WireContract> batch(int index) {
        return contracts.subList(index * batchSize, Math.min(contracts.size(), (index + 1) * batchSize));
    }
}

package meridian.pricing.book;

import java.util.List;
import java.util.Map;
import meridian.domain.pricing.market.MarketData;

/**
 * Values a batch of contracts with the five Greeks. {@code markets} maps each contract's underlying to its market;
 * results come back in the order of {@code contracts}.
 */
public interface BookEngine {
    /** "cpu" or "gpu", as printed and recorded with each run. */
    String name();

    List<ContractRisk> value(List<BookContract> contracts, Map<String, MarketData> markets, BookRun run);
}

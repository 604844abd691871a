package meridian.api.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Product;
import meridian.domain.risk.MarketQuote;
import meridian.domain.risk.MarketSnapshot;
import meridian.domain.risk.RunContract;
import meridian.domain.risk.SkippedContract;
import meridian.pricing.cluster.WireContract;
import meridian.read.risk.RiskBookEntry;

/**
 * The book as a run values it on one valuation date and market snapshot: the contracts that can be valued (in deal-id
 * order), the ones that cannot with the reason (expired, no market, bad terms), and the markets used.
 */
record BookSnapshot(List<WireContract> contracts, List<RunContract> runContracts, List<SkippedContract> skipped,
                    Map<String, MarketData> markets, List<MarketQuote> quotes) {

    static BookSnapshot of(List<RiskBookEntry> book, MarketSnapshot market, LocalDate valuationDate) {
        List<WireContract> contracts = new ArrayList<>();
        List<RunContract> runContracts = new ArrayList<>();
        List<SkippedContract> skipped = new ArrayList<>();
        Map<String, MarketData> markets = new TreeMap<>();
        Map<String, MarketQuote> used = new TreeMap<>();
        PricingJson reader = new PricingJson(underlying -> true);
        for (RiskBookEntry deal : book.stream().sorted(java.util.Comparator.comparing(RiskBookEntry::dealId)).toList()) {
            MarketQuote quote = market.quotes().get(deal.underlying());
            if (quote == null) {
                skipped.add(new SkippedContract(deal.dealId(), "no market data for " + deal.underlying()));
                continue;
            }
            // Every deal is struck at the quoted spot: DealTerms carries no initial fixing yet.
            MarketData data = new MarketData(valuationDate, quote.spot(), quote.spot(), quote.vol(), quote.rate(),
                    quote.dividendYield());
            try {
                Product product = reader.readProduct(deal.productJson());
                PricingJson.checkDates(PriceRequest.of(product, data));
            } catch (ValidationException e) {
                skipped.add(new SkippedContract(deal.dealId(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                skipped.add(new SkippedContract(deal.dealId(), "cannot be valued: " + e.getMessage()));
                continue;
            }
            markets.put(deal.underlying(), data);
            used.put(deal.underlying(), quote);
            contracts.add(new WireContract(deal.dealId(), deal.underlying(), deal.productJson()));
            runContracts.add(new RunContract(deal.dealId(), deal.underlying(), deal.counterparty()));
        }
        return new BookSnapshot(contracts, runContracts, skipped, markets, List.copyOf(used.values()));
    }
}

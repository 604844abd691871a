package meridian.pricing.book;

import java.util.List;
import java.util.Map;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.PricingService;

/** The book on the CPU: each contract by Monte Carlo with bumped Greeks on the same Philox paths. */
public final class CpuBookEngine implements BookEngine {
    private final PricingService pricing;

    public CpuBookEngine(PricingService pricing) {
        this.pricing = pricing;
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public List<ContractRisk> value(List<BookContract> contracts, Map<String, MarketData> markets, BookRun run) {
        return contracts.stream().map(c -> value(c, markets, run)).toList();
    }

    private ContractRisk value(BookContract contract, Map<String, MarketData> markets, BookRun run) {
        MarketData market = markets.get(contract.underlying());
        if (market == null) {
            throw new ValidationException("markets", "no market for " + contract.underlying());
        }
        PriceRequest request = new PriceRequest(contract.product(), market, PricingMethod.MC, run.paths(), run.seed(),
                run.calendar(), true);
        PriceResponse response = pricing.price(request);
        return new ContractRisk(contract.contractId(), response.pv(), response.stdErr(), response.greeks());
    }
}

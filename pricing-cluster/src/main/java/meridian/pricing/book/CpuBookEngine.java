package meridian.pricing.book;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.PricingService;
import meridian.pricing.book.batch.BatchRisk;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.book.batch.CpuBatchKernel;

/**
 * The book on the CPU: the built-in Monte Carlo structures in one batch (the base and the five bumped markets of
 * each contract on the same Philox paths in one pass, runs of paths of all contracts in parallel), giving the same
 * numbers as PricingService contract by contract; anything else (an Asian, say) through PricingService.
 */
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
        BookBatch.Split split = BookBatch.of(contracts, markets, run);
        List<ContractRisk> batched = BatchRisk.of(split.batch(), CpuBatchKernel.run(split.batch(), run.seed(), run.paths()));
        ContractRisk[] risks = new ContractRisk[contracts.size()];
        for (int i = 0; i < split.positions().length; i++) {
            risks[split.positions()[i]] = batched.get(i);
        }
        for (int position : split.others()) {
            risks[position] = value(contracts.get(position), markets, run);
        }
        return Arrays.asList(risks);
    }

    /** One contract through PricingService: what engines use for products their kernels do not price. */
    public ContractRisk value(BookContract contract, Map<String, MarketData> markets, BookRun run) {
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

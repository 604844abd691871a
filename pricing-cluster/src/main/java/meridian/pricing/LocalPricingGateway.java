package meridian.pricing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PriceResponse;
import meridian.domain.pricing.api.PricingGateway;
import meridian.domain.pricing.api.SolveRequest;
import meridian.domain.pricing.api.SolveResponse;

/** The pricing service run in this process on the given executor (the node's pricing dispatcher). */
public final class LocalPricingGateway implements PricingGateway {
    private final PricingService service;
    private final Executor executor;

    public LocalPricingGateway(PricingService service, Executor executor) {
        this.service = service;
        this.executor = executor;
    }

    @Override
    public CompletionStage<PriceResponse> price(PriceRequest request) {
        return CompletableFuture.supplyAsync(() -> service.price(request), executor);
    }

    @Override
    public CompletionStage<SolveResponse> solve(SolveRequest request) {
        return CompletableFuture.supplyAsync(() -> service.solve(request), executor);
    }
}

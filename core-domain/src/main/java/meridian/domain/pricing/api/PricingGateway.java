package meridian.domain.pricing.api;

import java.util.concurrent.CompletionStage;

/**
 * Where the desk sends pricing work: in one process the pricing service on its own dispatcher, in a cluster the
 * pricing workers on nodes with the {@code pricing} role. Failures complete the stage exceptionally
 * ({@link meridian.domain.common.ValidationException} for bad terms).
 */
public interface PricingGateway {
    CompletionStage<PriceResponse> price(PriceRequest request);

    CompletionStage<SolveResponse> solve(SolveRequest request);
}

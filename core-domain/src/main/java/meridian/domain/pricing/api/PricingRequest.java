package meridian.domain.pricing.api;

/** One line of the price command or one HTTP body: a price or a solve. */
public sealed interface PricingRequest permits PriceRequest, SolveRequest {
}

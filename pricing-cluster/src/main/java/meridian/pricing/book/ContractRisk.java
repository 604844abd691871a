package meridian.pricing.book;

import meridian.domain.pricing.api.Greeks;

/** A contract's value and Greeks (conventions of {@link Greeks}), in CNY; stdErr 0 for deterministic methods. */
public record ContractRisk(String contractId, double pv, double stdErr, Greeks greeks) {
}

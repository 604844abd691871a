package meridian.domain.risk;

/** A contract a risk run values: the deal id, its underlying and its counterparty (for the aggregates). */
public record RunContract(String contractId, String underlying, String counterparty) {
}

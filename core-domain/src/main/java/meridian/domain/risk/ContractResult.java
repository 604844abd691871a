package meridian.domain.risk;

/** A contract's PV (CNY), Monte Carlo standard error and Greeks as a worker computed them (pricing doubles). */
public record ContractResult(String contractId, double pv, double stdErr, double delta, double gamma, double vega,
                             double theta, double rho) {
}

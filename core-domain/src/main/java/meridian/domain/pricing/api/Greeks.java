package meridian.domain.pricing.api;

/**
 * delta = dPV/dSpot (CNY per 1.0 of spot), gamma = d2PV/dSpot2, vega = PV change for +0.01 vol,
 * theta = PV change when one calendar day passes, rho = PV change for +0.01 rate.
 */
public record Greeks(double delta, double gamma, double vega, double theta, double rho) {
}

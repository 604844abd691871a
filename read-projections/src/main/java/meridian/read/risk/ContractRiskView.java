package meridian.read.risk;

import java.math.BigDecimal;

/** A contract's PV (CNY, to the cent) and Greeks in one run; {@code pv} is null until its batch is valued. */
public record ContractRiskView(String contractId, String underlying, String counterparty, BigDecimal pv, Double stdErr,
                               Double delta, Double gamma, Double vega, Double theta, Double rho, String worker) {
}

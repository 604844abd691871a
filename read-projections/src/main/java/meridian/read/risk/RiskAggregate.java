package meridian.read.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** PV and Greeks summed over the valued contracts of one underlying or one counterparty. */
public record RiskAggregate(String key, int contracts, BigDecimal pv, double delta, double gamma, double vega, double theta,
                            double rho) {

    public static List<RiskAggregate> by(List<ContractRiskView> results, Function<ContractRiskView, String> key) {
        Map<String, RiskAggregate> sums = new TreeMap<>();
        for (ContractRiskView r : results) {
            if (r.pv() == null) {
                continue;
            }
            sums.merge(key.apply(r), new RiskAggregate(key.apply(r), 1, r.pv(), r.delta(), r.gamma(), r.vega(), r.theta(),
                    r.rho()), RiskAggregate::plus);
        }
        return List.copyOf(sums.values());
    }

    private RiskAggregate plus(RiskAggregate other) {
        return new RiskAggregate(key, contracts + other.contracts, pv.add(other.pv), delta + other.delta,
                gamma + other.gamma, vega + other.vega, theta + other.theta, rho + other.rho);
    }
}

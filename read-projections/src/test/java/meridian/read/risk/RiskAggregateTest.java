package meridian.read.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskAggregateTest {

    private static ContractRiskView result(String id, String underlying, String client, String pv, double delta) {
        return new ContractRiskView(id, underlying, client, pv == null ? null : new BigDecimal(pv), 1.0, delta, 0.1, 2.0,
                -1.0, 0.5, "w");
    }

    @Test
    void sumsExactCentsAndGreeksPerKeySkippingUnvaluedContracts() {
        List<ContractRiskView> results = List.of(
                result("D1", "000300.SH", "acme", "100.10", 1.5),
                result("D2", "000300.SH", "zeta", "0.20", -0.5),
                result("D3", "000905.SH", "acme", "-50.05", 2.0),
                result("D4", "000905.SH", "acme", null, 9.0));
        List<RiskAggregate> byUnderlying = RiskAggregate.by(results, ContractRiskView::underlying);
        assertEquals(List.of("000300.SH", "000905.SH"), byUnderlying.stream().map(RiskAggregate::key).toList());
        assertEquals(new BigDecimal("100.30"), byUnderlying.get(0).pv());
        assertEquals(1.0, byUnderlying.get(0).delta(), 1e-12);
        assertEquals(1, byUnderlying.get(1).contracts());
        List<RiskAggregate> byClient = RiskAggregate.by(results, ContractRiskView::counterparty);
        assertEquals(new BigDecimal("50.05"), byClient.get(0).pv());
        assertEquals(2, byClient.get(0).contracts());
    }

    @Test
    void pvIsReportedToTheCent() {
        assertEquals(new BigDecimal("1234.57"), RiskRunViewHandler.cents(1234.5678));
        assertEquals(new BigDecimal("-0.01"), RiskRunViewHandler.cents(-0.0051));
    }
}

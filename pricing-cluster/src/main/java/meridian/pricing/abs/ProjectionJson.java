package meridian.pricing.abs;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a projection in the contract's JSON shape, amounts rounded half-even to the cent. */
public final class ProjectionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ProjectionJson() {
    }

    public static ObjectNode toJson(CashflowProjection projection) {
        ObjectNode root = NODES.objectNode();
        var periods = root.putArray("periods");
        PoolCashflows pool = projection.pool();
        for (int t = 1; t <= projection.periods(); t++) {
            ObjectNode period = periods.addObject();
            period.put("period", t);
            period.put("date", projection.date(t).toString());
            period.put("poolBeginBalance", Money.cents(pool.beginBalance(t)));
            period.put("defaults", Money.cents(pool.defaults(t)));
            period.put("interest", Money.cents(pool.interest(t)));
            period.put("scheduledPrincipal", Money.cents(pool.scheduledPrincipal(t)));
            period.put("prepayments", Money.cents(pool.prepayments(t)));
            period.put("recoveries", Money.cents(pool.recoveries(t)));
            period.put("poolEndBalance", Money.cents(pool.endBalance(t)));
            period.put("feesPaid", Money.cents(projection.feesPaid(t)));
            if (projection.hasReserve()) {
                period.put("reserveDraw", Money.cents(projection.reserveDraw(t)));
                period.put("reserveBalance", Money.cents(projection.reserveBalance(t)));
            }
            if (projection.hasTrigger()) {
                int breach = projection.triggerBreachPeriod().orElse(Integer.MAX_VALUE);
                period.put("sequentialTriggered", t >= breach);
            }
            ObjectNode tranches = period.putObject("tranches");
            for (TrancheCashflows tranche : projection.tranches()) {
                ObjectNode node = tranches.putObject(tranche.name());
                node.put("interestPaid", Money.cents(tranche.interestPaid(t)));
                node.put("interestShortfall", Money.cents(tranche.interestShortfall(t)));
                node.put("principalPaid", Money.cents(tranche.principalPaid(t)));
                node.put("writeDown", Money.cents(tranche.writeDown(t)));
                node.put("endBalance", Money.cents(tranche.endBalance(t)));
            }
        }
        ObjectNode summaries = root.putObject("tranches");
        for (TrancheCashflows tranche : projection.tranches()) {
            TrancheSummary summary = tranche.summary();
            ObjectNode node = summaries.putObject(tranche.name());
            node.put("totalInterest", Money.cents(summary.totalInterest()));
            node.put("totalPrincipal", Money.cents(summary.totalPrincipal()));
            node.put("writeDown", Money.cents(summary.writeDown()));
            node.put("walYears", new BigDecimal(summary.walYears()).setScale(4, RoundingMode.HALF_EVEN));
            node.put("firstPrincipalPeriod", summary.firstPrincipalPeriod());
            node.put("lastPrincipalPeriod", summary.lastPrincipalPeriod());
        }
        projection.valuations().ifPresent(valuations -> valuations.forEach(valuation -> {
            ObjectNode node = (ObjectNode) summaries.get(valuation.name());
            node.put("presentValue", Money.cents(valuation.presentValue()));
            putRate(node, "pricePct", valuation.pricePct());
            putRate(node, "yieldPct", valuation.yieldPct());
        }));
        if (projection.hasTrigger()) {
            projection.triggerBreachPeriod().ifPresentOrElse(p -> root.put("triggerBreachPeriod", p),
                    () -> root.putNull("triggerBreachPeriod"));
        }
        return root;
    }

    private static void putRate(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) node.putNull(field);
        else node.put(field, new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN));
    }
}

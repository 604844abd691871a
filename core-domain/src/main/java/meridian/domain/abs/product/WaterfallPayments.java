package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one period's actual collections paid, by the deal's waterfall: fees, each tranche's interest and
 * principal (the subordinated tranche's principal includes the residual), shortfalls carried, write-downs and
 * balances after the period, the reserve account, and whether the deal paid sequentially because of its trigger.
 */
public record WaterfallPayments(BigDecimal poolBeginBalance, BigDecimal availableInterest,
                                BigDecimal availablePrincipal, BigDecimal feesDue, BigDecimal feesPaid,
                                BigDecimal unpaidFees, BigDecimal reserveDraw, BigDecimal reserveBalance,
                                BigDecimal cumulativeDefaults, boolean sequentialTriggered,
                                Map<String, TranchePayment> tranches) {

    public WaterfallPayments {
        tranches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tranches));
    }

    /** One tranche in one period. */
    public record TranchePayment(BigDecimal beginBalance, BigDecimal interestDue, BigDecimal interestPaid,
                                 BigDecimal interestShortfall, BigDecimal principalPaid, BigDecimal writeDown,
                                 BigDecimal endBalance) {
    }

    /** Everything paid out: fees, interest and principal of every tranche. */
    public BigDecimal totalPaid() {
        BigDecimal total = feesPaid;
        for (TranchePayment payment : tranches.values()) {
            total = total.add(payment.interestPaid()).add(payment.principalPaid());
        }
        return total;
    }
}

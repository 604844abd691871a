package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cash-flow projection as recorded on a product: the contract's projection (periods with pool collections
 * and tranche payments, tranche totals), amounts in cents. Field names are those of the contract's JSON.
 */
public record CashflowSummary(List<Period> periods, Map<String, TrancheTotals> tranches, Integer triggerBreachPeriod) {

    public CashflowSummary {
        periods = List.copyOf(periods);
        tranches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tranches));
    }

    /** One projected month. The reserve and trigger fields are null when the deal has no reserve or trigger. */
    public record Period(int period, LocalDate date, BigDecimal poolBeginBalance, BigDecimal defaults,
                        BigDecimal interest, BigDecimal scheduledPrincipal, BigDecimal prepayments,
                        BigDecimal recoveries, BigDecimal poolEndBalance, BigDecimal feesPaid,
                        BigDecimal reserveDraw, BigDecimal reserveBalance, Boolean sequentialTriggered,
                        Map<String, TrancheFlow> tranches) {
        public Period {
            tranches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tranches));
        }
    }

    /** One tranche's payments in one month. */
    public record TrancheFlow(BigDecimal interestPaid, BigDecimal interestShortfall, BigDecimal principalPaid,
                              BigDecimal writeDown, BigDecimal endBalance) {
    }

    /** A tranche's lifetime figures; valuation fields are null without a discount curve. */
    public record TrancheTotals(BigDecimal totalInterest, BigDecimal totalPrincipal, BigDecimal writeDown,
                                BigDecimal walYears, Integer firstPrincipalPeriod, Integer lastPrincipalPeriod,
                                BigDecimal presentValue, BigDecimal pricePct, BigDecimal yieldPct) {
    }

    /** The projected pool balance at the end of {@code period}; 0 after the last period. */
    public BigDecimal poolEndBalanceAt(int period) {
        return period >= 1 && period <= periods.size() ? periods.get(period - 1).poolEndBalance() : Amounts.ZERO;
    }

    /** Projected defaults of periods 1 to {@code period}. */
    public BigDecimal cumulativeDefaultsTo(int period) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(period, periods.size()); i++) total = total.add(periods.get(i).defaults());
        return total;
    }

    /** Projected interest and principal collections (scheduled, prepaid, recovered) of one period. */
    public BigDecimal collectionsAt(int period) {
        if (period < 1 || period > periods.size()) return Amounts.ZERO;
        Period p = periods.get(period - 1);
        return p.interest().add(p.scheduledPrincipal()).add(p.prepayments()).add(p.recoveries());
    }
}

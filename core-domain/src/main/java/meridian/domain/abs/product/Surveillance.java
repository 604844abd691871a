package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deal after closing: the pool balance at cut-off and now, each tranche's outstanding balance and unpaid
 * interest, unpaid fees, the reserve, cumulative defaults, when the trigger was breached, and every servicer
 * report with the payments it made and the performance against projection.
 */
public record Surveillance(BigDecimal originalPoolBalance, BigDecimal poolBalance, Map<String, BigDecimal> trancheBalances,
                           Map<String, BigDecimal> interestShortfalls, BigDecimal unpaidFees, BigDecimal reserveBalance,
                           BigDecimal cumulativeDefaults, Integer triggerBreachPeriod, List<PeriodRecord> reports) {

    public Surveillance {
        trancheBalances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trancheBalances));
        interestShortfalls = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(interestShortfalls));
        reports = List.copyOf(reports);
    }

    /** One period: the servicer's report, what it paid, and how it compares with the projection. */
    public record PeriodRecord(ServicerReport report, WaterfallPayments payments, PerformanceComparison performance) {
    }

    public int lastPeriod() {
        return reports.isEmpty() ? 0 : reports.get(reports.size() - 1).report().period();
    }

    public LocalDate lastReportDate() {
        return reports.isEmpty() ? null : reports.get(reports.size() - 1).report().reportDate();
    }

    /** The notes still outstanding, all tranches. */
    public BigDecimal notesOutstanding() {
        return trancheBalances.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

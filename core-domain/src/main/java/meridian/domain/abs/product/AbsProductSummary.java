package meridian.domain.abs.product;

import meridian.domain.abs.CompositeScore;
import meridian.domain.abs.EsgScore;
import meridian.domain.abs.Tranche;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a manager sees of a product after each accepted command: its phase and basis, the tape and screening
 * (with every refused loan and why), the tranches with ratings, coupons, demand and allocations, the results of
 * the computations, the scores, and in surveillance the balances, the last period and the alerts. The loan tape
 * itself and the period-by-period projection are left out (the views hold them).
 */
public record AbsProductSummary(String tenant, String productId, String name, String phase, int basisVersion,
                                int tapeLoans, Integer eligibleLoans, BigDecimal eligibleBalance,
                                List<LoanVerdict> rejectedLoans, List<TrancheLine> tranches,
                                Map<String, CashflowSummary.TrancheTotals> projection, LossSummary losses,
                                CouponEstimation coupons, CompositeScore compositeScore, EsgScore esgScore,
                                int orders, LocalDate closingDate, BigDecimal poolBalance, BigDecimal notesOutstanding,
                                Integer triggerBreachPeriod, Surveillance.PeriodRecord lastPeriod, List<Alert> alerts,
                                LocalDate endDate, String endReason) {

    /** One tranche: size, ratings and coupons, the book on it and what is still outstanding. */
    public record TrancheLine(String name, BigDecimal balance, boolean subordinated, String rating,
                              BigDecimal estimatedCouponPct, BigDecimal finalCouponPct, BigDecimal demand,
                              BigDecimal allocated, BigDecimal outstanding) {
    }

    public static AbsProductSummary of(AbsProduct p) {
        List<TrancheLine> tranches = new ArrayList<>();
        if (p.structure() != null) {
            for (Tranche t : p.structure().tranches()) {
                BigDecimal estimated = p.coupons() == null ? null : p.coupons().tranches().stream()
                        .filter(c -> c.tranche().equals(t.name())).map(CouponEstimation.CouponEstimate::estimatedCouponPct)
                        .findFirst().orElse(null);
                BigDecimal demand = p.orders().values().stream().filter(o -> o.tranche().equals(t.name()))
                        .map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal allocated = p.allocations().stream().filter(a -> a.tranche().equals(t.name()))
                        .map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal outstanding = p.surveillance() == null ? t.balance() : p.surveillance().trancheBalances().get(t.name());
                tranches.add(new TrancheLine(t.name(), t.balance(), t.subordinated(), p.ratings().get(t.name()), estimated,
                        p.finalCoupons().get(t.name()), demand, allocated, outstanding));
            }
        }
        Screening s = p.screening();
        Surveillance v = p.surveillance();
        return new AbsProductSummary(p.tenant(), p.productId(), p.terms().name(), p.stateName(), p.basisVersion(),
                p.tape().size(), s == null ? null : s.eligibleLoans(), s == null ? null : s.eligibleBalance(),
                s == null ? List.of() : s.rejected(), tranches, p.cashflows() == null ? null : p.cashflows().tranches(),
                p.losses(), p.coupons(), p.compositeScore(), p.esgScore(), p.orders().size(), p.closingDate(),
                v == null ? null : v.poolBalance(), v == null ? null : v.notesOutstanding(),
                v == null ? null : v.triggerBreachPeriod(),
                v == null || v.reports().isEmpty() ? null : v.reports().get(v.reports().size() - 1),
                p.alerts(), p.endDate(), p.endReason());
    }
}

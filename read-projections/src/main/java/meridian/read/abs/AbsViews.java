package meridian.read.abs;

import meridian.domain.abs.Assumptions;
import meridian.domain.abs.CompositeScore;
import meridian.domain.abs.EsgScore;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.product.Alert;
import meridian.domain.abs.product.CashflowSummary;
import meridian.domain.abs.product.CouponEstimation;
import meridian.domain.abs.product.LossSummary;
import meridian.domain.abs.product.PerformanceComparison;
import meridian.domain.abs.product.PoolStratification;
import meridian.domain.abs.product.RatingChange;
import meridian.domain.abs.product.Surveillance;
import meridian.domain.abs.product.WaterfallPayments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The three ABS views, each rendered from an {@link AbsProductDocument}: the manager's row across products, the
 * investor disclosure, and the regulator's periodic report.
 */
public final class AbsViews {

    private AbsViews() {
    }

    /** One product in the manager's list. */
    public record ManagerRow(String productId, String name, String issuer, String assetType, String phase,
                             BigDecimal targetSize, String currency, Integer tapeLoans, Integer eligibleLoans,
                             BigDecimal eligibleBalance, int tranches, BigDecimal poolExpectedLossPct,
                             Double compositeScore, Double esgScore, int orders, BigDecimal demand,
                             LocalDate closingDate, Integer lastReportPeriod, BigDecimal poolBalance,
                             BigDecimal notesOutstanding, BigDecimal cumulativeDefaultPct, Integer triggerBreachPeriod,
                             int alerts, Instant updatedAt) {
    }

    /** A product offered to investors, as their list shows it. */
    public record Offered(String productId, String name, String issuer, String assetType, String phase, String currency,
                          BigDecimal size, LocalDate closingDate, Instant updatedAt) {
        static Offered of(ManagerRow row) {
            return new Offered(row.productId(), row.name(), row.issuer(), row.assetType(), row.phase(), row.currency(),
                    row.eligibleBalance(), row.closingDate(), row.updatedAt());
        }
    }

    /** A tranche as investors see it: size, rating, coupon, enhancement below it and what is outstanding. */
    public record DisclosedTranche(String name, boolean subordinated, BigDecimal originalBalance, String rating,
                                   BigDecimal couponPct, String couponBasis, BigDecimal creditEnhancementPct,
                                   BigDecimal outstandingBalance, CashflowSummary.TrancheTotals projected,
                                   LossSummary.LossFigures expectedLosses) {
    }

    /** The waterfall: fees, payment order, options. */
    public record DisclosedStructure(String waterfall, List<Fee> fees, BigDecimal targetOcPct,
                                     BigDecimal triggerCumulativeDefaultPct, BigDecimal reserveInitialBalance,
                                     BigDecimal reserveTargetPct, LocalDate cutoffDate, Assumptions assumptions,
                                     List<DisclosedTranche> tranches) {
    }

    /** One reported period beside the projection, with what each tranche was paid. */
    public record PerformancePeriod(int period, LocalDate reportDate, PerformanceComparison performance,
                                    Map<String, WaterfallPayments.TranchePayment> payments,
                                    BigDecimal delinquent30To89, BigDecimal delinquent90Plus) {
    }

    /** The investor disclosure of an offered product (from bookbuilding on). */
    public record Disclosure(String productId, String name, String issuer, String issuerRating, String assetType,
                             String currency, String servicer, String phase, LocalDate closingDate,
                             DisclosedStructure structure, PoolStratification pool, String projectionBasis,
                             List<CashflowSummary.Period> projectedCashflows, LossSummary losses,
                             CompositeScore compositeScore, EsgScore esgScore, List<PerformancePeriod> performance,
                             Integer triggerBreachPeriod, List<RatingChange> ratingChanges, LocalDate endDate,
                             String endReason, Instant asOf) {
    }

    /** One tranche in a regulator's report. */
    public record ReportedTranche(String name, String rating, BigDecimal couponPct, BigDecimal beginBalance,
                                  BigDecimal interestPaid, BigDecimal interestShortfall, BigDecimal principalPaid,
                                  BigDecimal writeDown, BigDecimal endBalance) {
    }

    /** The periodic report generated for a product in surveillance, one per servicer report. */
    public record RegulatorReport(String tenant, String productId, String name, String issuer, String assetType,
                                  String currency, int period, LocalDate reportDate, LocalDate closingDate,
                                  BigDecimal originalPoolBalance, BigDecimal poolBeginBalance,
                                  BigDecimal poolEndBalance, BigDecimal poolFactor, BigDecimal interestCollected,
                                  BigDecimal principalCollected, BigDecimal defaults, BigDecimal recoveries,
                                  BigDecimal cumulativeDefaultPct, BigDecimal projectedCumulativeDefaultPct,
                                  BigDecimal delinquent30To89, BigDecimal delinquent90Plus, BigDecimal feesPaid,
                                  BigDecimal reserveBalance, boolean sequentialTriggered, Integer triggerBreachPeriod,
                                  List<ReportedTranche> tranches, List<Alert> alertsThisPeriod, Double compositeScore,
                                  Instant generatedAt) {
    }

    public static ManagerRow managerRow(AbsProductDocument d) {
        Surveillance.PeriodRecord last = d.periods.isEmpty() ? null : d.periods.get(d.periods.size() - 1);
        BigDecimal demand = d.orders.values().stream().map(o -> o.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ManagerRow(d.productId, d.terms.name(), d.terms.issuer(), d.terms.assetType().name(), d.phase.label(),
                d.terms.targetSize(), d.terms.currency(), d.tape == null ? null : d.tape.loans(),
                d.screening == null ? null : d.screening.eligibleLoans(),
                d.screening == null ? null : d.screening.eligibleBalance(),
                d.structure == null ? 0 : d.structure.tranches().size(),
                d.losses == null ? null : d.losses.pool().expectedLossPct(),
                d.compositeScore == null ? null : d.compositeScore.total(), d.esgScore == null ? null : d.esgScore.total(),
                d.orders.size(), demand, d.closingDate, last == null ? null : last.report().period(),
                d.status == null ? null : d.status.poolBalance(),
                d.status == null ? null : d.status.trancheBalances().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                last == null ? null : last.performance().actualCumulativeDefaultPct(),
                d.status == null ? null : d.status.triggerBreachPeriod(), d.alerts.size(), d.updatedAt);
    }

    /** The disclosure; null while the product is not offered to investors yet. */
    public static Disclosure disclosure(AbsProductDocument d) {
        if (d.phase == null || !d.phase.offered()) return null;
        BigDecimal pool = d.screening.eligibleBalance();
        List<DisclosedTranche> tranches = new ArrayList<>();
        BigDecimal below = d.structure.structure().trancheBalance();
        for (Tranche t : d.structure.tranches()) {
            below = below.subtract(t.balance());
            BigDecimal enhancement = pool.signum() == 0 ? BigDecimal.ZERO
                    : below.multiply(BigDecimal.valueOf(100)).divide(pool, 4, RoundingMode.HALF_EVEN);
            BigDecimal coupon = d.finalCoupons.get(t.name());
            String basis = t.subordinated() ? "RESIDUAL" : coupon != null ? "FINAL" : "ESTIMATED";
            if (coupon == null && !t.subordinated() && d.coupons != null) {
                coupon = d.coupons.tranches().stream().filter(c -> c.tranche().equals(t.name()))
                        .map(CouponEstimation.CouponEstimate::estimatedCouponPct).findFirst().orElse(null);
            }
            tranches.add(new DisclosedTranche(t.name(), t.subordinated(), t.balance(), d.ratings.get(t.name()), coupon, basis,
                    enhancement, d.status == null ? t.balance() : d.status.trancheBalances().get(t.name()),
                    d.cashflows == null ? null : d.cashflows.tranches().get(t.name()),
                    d.losses == null ? null : d.losses.tranches().get(t.name())));
        }
        var s = d.structure.structure();
        DisclosedStructure structure = new DisclosedStructure(s.waterfall().name(), s.fees(), s.targetOcPct(),
                s.trigger() == null ? null : s.trigger().thresholdPct(),
                s.reserve() == null ? null : s.reserve().initialBalance(), s.reserve() == null ? null : s.reserve().targetPct(),
                d.structure.cutoffDate(), d.structure.assumptions(), tranches);
        List<PerformancePeriod> performance = d.periods.stream().map(p -> new PerformancePeriod(p.report().period(),
                p.report().reportDate(), p.performance(), p.payments().tranches(), p.report().delinquent30To89(),
                p.report().delinquent90Plus())).toList();
        return new Disclosure(d.productId, d.terms.name(), d.terms.issuer(), d.terms.issuerRating(),
                d.terms.assetType().name(), d.terms.currency(), d.terms.servicer(), d.phase.label(), d.closingDate,
                structure, d.screening.stratification(),
                d.closingProjection ? "FINAL_COUPONS" : "ESTIMATED_COUPONS",
                d.cashflows == null ? List.of() : d.cashflows.periods(), d.losses, d.compositeScore, d.esgScore,
                performance, d.status == null ? null : d.status.triggerBreachPeriod(), d.ratingChanges, d.endDate,
                d.endReason, d.updatedAt);
    }

    /** The report of the document's last reported period, with the alerts that period raised. */
    public static RegulatorReport regulatorReport(AbsProductDocument d, List<Alert> alertsThisPeriod, Instant generatedAt) {
        Surveillance.PeriodRecord p = d.periods.get(d.periods.size() - 1);
        List<ReportedTranche> tranches = new ArrayList<>();
        p.payments().tranches().forEach((name, paid) -> tranches.add(new ReportedTranche(name, d.ratings.get(name),
                d.finalCoupons.get(name), paid.beginBalance(), paid.interestPaid(), paid.interestShortfall(),
                paid.principalPaid(), paid.writeDown(), paid.endBalance())));
        BigDecimal original = d.status.originalPoolBalance();
        BigDecimal factor = original.signum() == 0 ? BigDecimal.ZERO
                : p.report().poolEndBalance().divide(original, 6, RoundingMode.HALF_EVEN);
        return new RegulatorReport(d.tenant, d.productId, d.terms.name(), d.terms.issuer(), d.terms.assetType().name(),
                d.terms.currency(), p.report().period(), p.report().reportDate(), d.closingDate, original,
                p.payments().poolBeginBalance(), p.report().poolEndBalance(), factor, p.report().interestCollected(),
                p.report().principalCollections(), p.report().defaults(), p.report().recoveries(),
                p.performance().actualCumulativeDefaultPct(), p.performance().projectedCumulativeDefaultPct(),
                p.report().delinquent30To89(), p.report().delinquent90Plus(), p.payments().feesPaid(),
                p.payments().reserveBalance(), p.payments().sequentialTriggered(), d.status.triggerBreachPeriod(),
                tranches, List.copyOf(alertsThisPeriod), d.compositeScore == null ? null : d.compositeScore.total(),
                generatedAt);
    }
}

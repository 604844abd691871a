package meridian.domain.abs.product;

import meridian.domain.abs.CompositeScore;
import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.EligibilityScreen;
import meridian.domain.abs.EsgScore;
import meridian.domain.abs.Loan;
import meridian.domain.abs.RatingScale;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.product.AbsProductEvent.CashflowsProjected;
import meridian.domain.abs.product.AbsProductEvent.CouponsEstimated;
import meridian.domain.abs.product.AbsProductEvent.FinalCouponsSet;
import meridian.domain.abs.product.AbsProductEvent.IssuanceClosed;
import meridian.domain.abs.product.AbsProductEvent.IssuanceOpened;
import meridian.domain.abs.product.AbsProductEvent.LoanTapeLoaded;
import meridian.domain.abs.product.AbsProductEvent.LossesSimulated;
import meridian.domain.abs.product.AbsProductEvent.ObligorAlertRaised;
import meridian.domain.abs.product.AbsProductEvent.OrderPlaced;
import meridian.domain.abs.product.AbsProductEvent.PoolScreened;
import meridian.domain.abs.product.AbsProductEvent.ProductCalled;
import meridian.domain.abs.product.AbsProductEvent.ProductMatured;
import meridian.domain.abs.product.AbsProductEvent.ProductOriginated;
import meridian.domain.abs.product.AbsProductEvent.ServicerReportRecorded;
import meridian.domain.abs.product.AbsProductEvent.StructureDefined;
import meridian.domain.abs.product.AbsProductEvent.TrancheRatingChanged;
import meridian.domain.abs.product.AbsProductEvent.TranchesAllocated;
import meridian.domain.common.Caller;
import meridian.domain.common.Decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ABS product's rules: which command is allowed in which phase and what it records, and what each event does
 * to the state. Pure: no I/O, no clock (the time comes in), no engines (their results come in).
 */
public final class AbsProductRules {

    /** The start of every refusal for a product that does not exist. */
    public static final String NO_PRODUCT = "no such ABS product";
    /** Tranche balances must add up to the eligible pool within this much (as the cash-flow contract). */
    public static final BigDecimal BALANCE_TOLERANCE = BigDecimal.ONE;
    /** A servicer's pool balance must reconcile with its collections and defaults within this much. */
    public static final BigDecimal RECONCILIATION_TOLERANCE = BigDecimal.ONE;
    /** A clean-up call is allowed once the pool is at or below this share (%) of its cut-off balance. */
    public static final BigDecimal CLEAN_UP_CALL_PCT = BigDecimal.TEN;
    /** Defaults running above projection by this factor raise an alert. */
    public static final BigDecimal DEFAULTS_ALERT_RATIO = new BigDecimal("1.25");
    /** 90+ day delinquencies above this share (%) of the pool raise an alert. */
    public static final BigDecimal DELINQUENCY_ALERT_PCT = BigDecimal.valueOf(5);
    private static final BigDecimal MAX_COUPON_PCT = BigDecimal.valueOf(40);
    private static final String PRODUCT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private AbsProductRules() {
    }

    public static boolean validProductId(String productId) {
        return productId != null && productId.matches(PRODUCT_ID);
    }

    // ---------------------------------------------------------------- origination and structuring

    public static Decision<AbsProductEvent> originate(AbsProductState state, String productId, ProductTerms terms,
                                                      Caller caller, Instant now) {
        if (state instanceof AbsProduct p) {
            return p.terms().equals(terms)
                    ? Decision.accept()
                    : Decision.reject("ABS product " + p.productId() + " already exists (state " + p.stateName() + ")");
        }
        return Decision.accept(new ProductOriginated(caller.tenant(), productId, terms, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> loadTape(AbsProductState state, List<Loan> loans, Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "a loan tape can be loaded", Phase.ORIGINATION, Phase.STRUCTURING);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (loans.isEmpty()) return Decision.reject("the tape has no loans");
        Set<String> ids = new HashSet<>();
        for (Loan loan : loans) {
            if (!ids.add(loan.id())) return Decision.reject("loan id " + loan.id() + " appears twice on the tape");
        }
        if (p.phase() == Phase.STRUCTURING && p.tape().equals(loans)) return Decision.accept();
        BigDecimal balance = loans.stream().map(Loan::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Decision.accept(new LoanTapeLoaded(p.tenant(), p.productId(), loans, balance, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> screen(AbsProductState state, EligibilityCriteria criteria, Caller caller,
                                                   Instant now) {
        Optional<String> refusal = phase(state, "the pool can be screened", Phase.STRUCTURING);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (p.screening() != null && p.screening().criteria().equals(criteria)) return Decision.accept();
        EligibilityScreen.Result result = EligibilityScreen.screen(p.tape(), criteria);
        List<LoanVerdict> rejected = result.rejected().stream()
                .map(d -> new LoanVerdict(d.loan().id(), d.reasons())).toList();
        List<Loan> eligible = result.eligibleLoans();
        BigDecimal eligibleBalance = eligible.stream().map(Loan::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        Screening screening = new Screening(criteria, p.tape().size(), eligible.size(), eligibleBalance, rejected,
                PoolStratification.of(eligible));
        return Decision.accept(new PoolScreened(p.tenant(), p.productId(), screening, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> defineStructure(AbsProductState state, StructureTerms terms, Caller caller,
                                                            Instant now) {
        Optional<String> refusal = phase(state, "the structure can be defined", Phase.STRUCTURING);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (p.screening() == null) return Decision.reject("screen the loan tape before structuring (state Structuring)");
        List<Loan> eligible = p.eligibleLoans();
        if (eligible.isEmpty()) return Decision.reject("no loan of the tape is eligible; there is no pool to structure");
        BigDecimal pool = p.screening().eligibleBalance();
        BigDecimal notes = terms.structure().trancheBalance();
        if (notes.subtract(pool).abs().compareTo(BALANCE_TOLERANCE) > 0) {
            return Decision.reject("structure.tranches: tranche balances add up to " + notes.toPlainString()
                    + " but the eligible pool balance is " + pool.toPlainString());
        }
        if (terms.equals(p.structure())) return Decision.accept();
        CompositeScore composite = CompositeScore.of(eligible, terms.structure(), p.terms().servicerRating(), null);
        EsgScore esg = EsgScore.of(eligible, p.terms().servicerRating(), p.terms().independentTrustee(),
                p.terms().loanLevelReporting());
        return Decision.accept(new StructureDefined(p.tenant(), p.productId(), terms, composite, esg, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> recordCashflows(AbsProductState state, int basisVersion,
                                                            CashflowSummary cashflows, Caller caller, Instant now) {
        Optional<String> refusal = computed(state, "cash flows can be recorded", basisVersion, false);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (!cashflows.tranches().keySet().equals(trancheNames(p))) {
            return Decision.reject("the projection's tranches " + cashflows.tranches().keySet()
                    + " are not the structure's " + trancheNames(p));
        }
        return Decision.accept(new CashflowsProjected(p.tenant(), p.productId(), cashflows, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> recordLosses(AbsProductState state, int basisVersion, LossSummary losses,
                                                         Caller caller, Instant now) {
        Optional<String> refusal = computed(state, "a loss simulation can be recorded", basisVersion, false);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (!losses.tranches().keySet().equals(trancheNames(p))) {
            return Decision.reject("the simulation's tranches " + losses.tranches().keySet()
                    + " are not the structure's " + trancheNames(p));
        }
        return Decision.accept(new LossesSimulated(p.tenant(), p.productId(), losses, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> recordCoupons(AbsProductState state, int basisVersion,
                                                          CouponEstimation coupons, Caller caller, Instant now) {
        Optional<String> refusal = computed(state, "coupon estimates can be recorded", basisVersion, true);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        Set<String> estimated = coupons.tranches().stream().map(CouponEstimation.CouponEstimate::tranche)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<String> rated = ratedNames(p);
        if (!estimated.equals(rated)) {
            return Decision.reject("estimates are for tranches " + estimated + " but the rated tranches are " + rated);
        }
        return Decision.accept(new CouponsEstimated(p.tenant(), p.productId(), coupons, caller.subject(), now));
    }

    // ---------------------------------------------------------------- issuance

    public static Decision<AbsProductEvent> openIssuance(AbsProductState state, Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "bookbuilding can be opened", Phase.STRUCTURING);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        List<String> missing = new ArrayList<>();
        if (p.structure() == null) missing.add("structure");
        if (p.cashflows() == null) missing.add("cash flows");
        if (p.losses() == null) missing.add("loss simulation");
        if (p.coupons() == null) missing.add("coupon estimate");
        if (!missing.isEmpty()) {
            return Decision.reject("bookbuilding needs the structure, cash flows, loss simulation and coupon estimate;"
                    + " missing: " + String.join(", ", missing) + " (state Structuring)");
        }
        return Decision.accept(new IssuanceOpened(p.tenant(), p.productId(), caller.subject(), now));
    }

    public static Decision<AbsProductEvent> placeOrder(AbsProductState state, Order order, Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "orders can be placed", Phase.ISSUANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        Order existing = p.orders().get(order.orderId());
        if (existing != null) {
            return existing.equals(order) ? Decision.accept()
                    : Decision.reject("order " + order.orderId() + " exists with other terms");
        }
        if (!p.allocations().isEmpty()) return Decision.reject("the book is allocated; it takes no more orders");
        if (!trancheNames(p).contains(order.tranche())) {
            return Decision.reject("tranche: no tranche " + order.tranche() + "; the tranches are " + trancheNames(p));
        }
        return Decision.accept(new OrderPlaced(p.tenant(), p.productId(), order, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> setFinalCoupons(AbsProductState state, Map<String, BigDecimal> coupons,
                                                            Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "final coupons can be set", Phase.ISSUANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (!p.allocations().isEmpty()) return Decision.reject("final coupons are fixed once the book is allocated");
        if (!coupons.keySet().equals(ratedNames(p))) {
            return Decision.reject("coupons: give a coupon for each rated tranche " + ratedNames(p)
                    + ", and only for them; got " + coupons.keySet());
        }
        for (Map.Entry<String, BigDecimal> coupon : coupons.entrySet()) {
            if (coupon.getValue() == null || coupon.getValue().signum() < 0 || coupon.getValue().compareTo(MAX_COUPON_PCT) > 0) {
                return Decision.reject("coupons." + coupon.getKey() + ": must be between 0 and " + MAX_COUPON_PCT + "%");
            }
        }
        if (p.finalCoupons().equals(coupons)) return Decision.accept();
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        p.structure().ratedTranches().forEach(t -> ordered.put(t.name(), coupons.get(t.name())));
        return Decision.accept(new FinalCouponsSet(p.tenant(), p.productId(), ordered, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> allocate(AbsProductState state, List<AllocationRequest> requests,
                                                     Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "the book can be allocated", Phase.ISSUANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (p.finalCoupons().isEmpty()) return Decision.reject("set the final coupons before allocating (state Issuance)");
        if (requests.isEmpty()) return Decision.reject("allocations: at least one allocation is required");
        Map<String, BigDecimal> byTranche = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AllocationRequest request = requests.get(i);
            String field = "allocations[" + i + "]";
            Order order = p.orders().get(request.orderId());
            if (order == null) return Decision.reject(field + ".orderId: no order " + request.orderId());
            if (!seen.add(order.orderId())) return Decision.reject(field + ".orderId: order " + order.orderId() + " is allocated twice");
            if (request.amount().compareTo(order.amount()) > 0) {
                return Decision.reject(field + ".amount: " + request.amount().toPlainString() + " is more than order "
                        + order.orderId() + " asked for (" + order.amount().toPlainString() + ")");
            }
            if (order.minCouponPct() != null) {
                BigDecimal coupon = p.finalCoupons().get(order.tranche());
                if (coupon == null || coupon.compareTo(order.minCouponPct()) < 0) {
                    return Decision.reject(field + ": order " + order.orderId() + " asks for a coupon of at least "
                            + order.minCouponPct().toPlainString() + "%; tranche " + order.tranche() + " pays "
                            + (coupon == null ? "no coupon" : coupon.toPlainString() + "%"));
                }
            }
            byTranche.merge(order.tranche(), request.amount(), BigDecimal::add);
            allocations.add(new Allocation(order.orderId(), order.investor(), order.tranche(), request.amount()));
        }
        for (Tranche tranche : p.structure().tranches()) {
            BigDecimal total = byTranche.getOrDefault(tranche.name(), BigDecimal.ZERO);
            if (total.compareTo(tranche.balance()) > 0) {
                return Decision.reject("allocations: " + total.toPlainString() + " of tranche " + tranche.name()
                        + " allocated, more than its balance " + tranche.balance().toPlainString());
            }
        }
        if (allocations.equals(p.allocations())) return Decision.accept();
        return Decision.accept(new TranchesAllocated(p.tenant(), p.productId(), allocations, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> closeIssuance(AbsProductState state, LocalDate closingDate, int basisVersion,
                                                          CashflowSummary cashflows, Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "issuance can be closed", Phase.ISSUANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (p.finalCoupons().isEmpty()) return Decision.reject("set the final coupons before closing (state Issuance)");
        if (p.allocations().isEmpty()) return Decision.reject("allocate the book before closing (state Issuance)");
        if (basisVersion != p.basisVersion()) return Decision.reject(stale(basisVersion, p));
        if (closingDate.isBefore(p.structure().cutoffDate())) {
            return Decision.reject("closingDate: " + closingDate + " is before the cut-off date " + p.structure().cutoffDate());
        }
        if (!cashflows.tranches().keySet().equals(trancheNames(p))) {
            return Decision.reject("the projection's tranches are not the structure's " + trancheNames(p));
        }
        return Decision.accept(new IssuanceClosed(p.tenant(), p.productId(), closingDate, cashflows, caller.subject(), now));
    }

    // ---------------------------------------------------------------- surveillance

    public static Decision<AbsProductEvent> recordServicerReport(AbsProductState state, ServicerReport report,
                                                                 Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "servicer reports can be recorded", Phase.SURVEILLANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        Surveillance s = p.surveillance();
        Optional<Surveillance.PeriodRecord> same = s.reports().stream()
                .filter(r -> r.report().period() == report.period()).findFirst();
        if (same.isPresent()) {
            return same.get().report().equals(report) ? Decision.accept()
                    : Decision.reject("period: the report for period " + report.period() + " is already recorded");
        }
        if (report.period() != s.lastPeriod() + 1) {
            return Decision.reject("period: expected the report for period " + (s.lastPeriod() + 1) + ", got " + report.period());
        }
        LocalDate previous = s.lastReportDate() == null ? p.closingDate() : s.lastReportDate();
        if (!report.reportDate().isAfter(previous)) {
            return Decision.reject("reportDate: must be after " + previous);
        }
        BigDecimal expectedEnd = s.poolBalance().subtract(report.scheduledPrincipal()).subtract(report.prepayments())
                .subtract(report.defaults());
        if (expectedEnd.subtract(report.poolEndBalance()).abs().compareTo(RECONCILIATION_TOLERANCE) > 0) {
            return Decision.reject("poolEndBalance: " + report.poolEndBalance().toPlainString() + " does not reconcile with"
                    + " the pool balance " + s.poolBalance().toPlainString() + " less scheduled principal, prepayments and"
                    + " defaults (" + expectedEnd.toPlainString() + ")");
        }
        WaterfallPayments payments = SurveillanceWaterfall.pay(p.structure(), p.finalCoupons(), s, report);
        int t = report.period();
        CashflowSummary projection = p.cashflows();
        BigDecimal original = s.originalPoolBalance();
        BigDecimal projectedCumulative = projection.cumulativeDefaultsTo(t);
        PerformanceComparison performance = new PerformanceComparison(t, report.poolEndBalance(),
                projection.poolEndBalanceAt(t), payments.cumulativeDefaults(), projectedCumulative,
                Amounts.pct(payments.cumulativeDefaults(), original), Amounts.pct(projectedCumulative, original),
                report.interestCollected().add(report.principalCollections()), projection.collectionsAt(t));
        boolean breachedNow = s.triggerBreachPeriod() == null && payments.sequentialTriggered();
        List<Alert> alerts = reportAlerts(p, report, payments, performance, breachedNow, now);
        CompositeScore composite = CompositeScore.of(p.eligibleLoans(), p.structure().structure(),
                p.terms().servicerRating(), new CompositeScore.Performance(performance.actualCumulativeDefaultPct(),
                        performance.projectedCumulativeDefaultPct()));
        return Decision.accept(new ServicerReportRecorded(p.tenant(), p.productId(), report, payments, performance,
                breachedNow, alerts, composite, caller.subject(), now));
    }

    private static List<Alert> reportAlerts(AbsProduct p, ServicerReport report, WaterfallPayments payments,
                                            PerformanceComparison performance, boolean breachedNow, Instant now) {
        List<Alert> alerts = new ArrayList<>();
        int t = report.period();
        int next = p.alerts().size() + 1;
        if (breachedNow) {
            alerts.add(new Alert(alertId(next++), Alert.Kind.TRIGGER_BREACH, Alert.Severity.HIGH,
                    "cumulative defaults " + performance.actualCumulativeDefaultPct().toPlainString()
                            + "% of the cut-off pool exceed the trigger of "
                            + p.structure().structure().trigger().thresholdPct().toPlainString()
                            + "%; principal is paid sequentially from period " + t, null, null, t, now));
        }
        BigDecimal projected = performance.projectedCumulativeDefaults();
        if (performance.actualCumulativeDefaults().signum() > 0
                && performance.actualCumulativeDefaults().compareTo(projected.multiply(DEFAULTS_ALERT_RATIO)) > 0) {
            alerts.add(new Alert(alertId(next++), Alert.Kind.DEFAULTS_ABOVE_PROJECTION, Alert.Severity.MEDIUM,
                    "cumulative defaults " + performance.actualCumulativeDefaultPct().toPlainString() + "% against "
                            + performance.projectedCumulativeDefaultPct().toPlainString() + "% projected",
                    null, null, t, now));
        }
        for (Tranche tranche : p.structure().ratedTranches()) {
            WaterfallPayments.TranchePayment paid = payments.tranches().get(tranche.name());
            if (paid.interestShortfall().signum() > 0) {
                alerts.add(new Alert(alertId(next++), Alert.Kind.INTEREST_SHORTFALL, Alert.Severity.HIGH,
                        "tranche " + tranche.name() + " is owed " + paid.interestShortfall().toPlainString()
                                + " of unpaid interest", null, null, t, now));
            }
            if (paid.writeDown().signum() > 0) {
                alerts.add(new Alert(alertId(next++), Alert.Kind.PRINCIPAL_WRITE_DOWN, Alert.Severity.HIGH,
                        "tranche " + tranche.name() + " written down by " + paid.writeDown().toPlainString(),
                        null, null, t, now));
            }
        }
        BigDecimal delinquentPct = Amounts.pct(report.delinquent90Plus(), report.poolEndBalance());
        if (delinquentPct.compareTo(DELINQUENCY_ALERT_PCT) > 0) {
            alerts.add(new Alert(alertId(next), Alert.Kind.DELINQUENCY, Alert.Severity.MEDIUM,
                    "90+ day delinquencies are " + delinquentPct.toPlainString() + "% of the pool", null, null, t, now));
        }
        return alerts;
    }

    public static Decision<AbsProductEvent> changeRating(AbsProductState state, String tranche, String rating,
                                                         String agency, String reason, Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "ratings can be changed", Phase.ISSUANCE, Phase.SURVEILLANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        if (!trancheNames(p).contains(tranche)) return Decision.reject("tranche: no tranche " + tranche);
        String to = rating.strip().toUpperCase(Locale.ROOT);
        String from = p.ratings().get(tranche);
        if (to.equals(from)) return Decision.accept();
        RatingChange change = new RatingChange(tranche, from, to, agency, reason, now);
        Alert alert = change.downgrade()
                ? new Alert(alertId(p.alerts().size() + 1), Alert.Kind.RATING_DOWNGRADE,
                RatingScale.investmentGrade(to) ? Alert.Severity.MEDIUM : Alert.Severity.HIGH,
                agency + " downgraded tranche " + tranche + " from " + from + " to " + to + ": " + reason,
                null, null, lastPeriod(p), now)
                : null;
        return Decision.accept(new TrancheRatingChanged(p.tenant(), p.productId(), change, alert, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> raiseObligorAlert(AbsProductState state, String obligor,
                                                              Alert.Severity severity, String headline, String source,
                                                              Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "obligor alerts can be raised", Phase.SURVEILLANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        BigDecimal exposure = p.eligibleLoans().stream().filter(l -> l.obligor().equals(obligor))
                .map(Loan::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (exposure.signum() == 0) return Decision.reject("obligor: " + obligor + " is not an obligor of the pool");
        BigDecimal share = Amounts.pct(exposure, p.screening().eligibleBalance());
        Alert alert = new Alert(alertId(p.alerts().size() + 1), Alert.Kind.OBLIGOR_NEWS, severity,
                headline + (source == null || source.isBlank() ? "" : " (source: " + source + ")"), obligor, share,
                lastPeriod(p), now);
        return Decision.accept(new ObligorAlertRaised(p.tenant(), p.productId(), alert, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> mature(AbsProductState state, LocalDate maturityDate, Caller caller, Instant now) {
        Optional<String> refusal = phase(state, "a product can mature", Phase.SURVEILLANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        BigDecimal outstanding = p.surveillance().notesOutstanding();
        if (outstanding.signum() > 0) {
            return Decision.reject("notes of " + outstanding.toPlainString() + " are still outstanding (state Surveillance)");
        }
        LocalDate last = p.surveillance().lastReportDate() == null ? p.closingDate() : p.surveillance().lastReportDate();
        if (maturityDate.isBefore(last)) return Decision.reject("maturityDate: must not be before " + last);
        return Decision.accept(new ProductMatured(p.tenant(), p.productId(), maturityDate, caller.subject(), now));
    }

    public static Decision<AbsProductEvent> call(AbsProductState state, LocalDate callDate, String reason, Caller caller,
                                                 Instant now) {
        Optional<String> refusal = phase(state, "a product can be called", Phase.SURVEILLANCE);
        if (refusal.isPresent()) return Decision.reject(refusal.get());
        AbsProduct p = (AbsProduct) state;
        Surveillance s = p.surveillance();
        BigDecimal factorPct = Amounts.pct(s.poolBalance(), s.originalPoolBalance());
        if (factorPct.compareTo(CLEAN_UP_CALL_PCT) > 0) {
            return Decision.reject("a clean-up call needs the pool at or below " + CLEAN_UP_CALL_PCT + "% of its cut-off"
                    + " balance; it is " + factorPct.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "% (state Surveillance)");
        }
        LocalDate last = s.lastReportDate() == null ? p.closingDate() : s.lastReportDate();
        if (callDate.isBefore(last)) return Decision.reject("callDate: must not be before " + last);
        return Decision.accept(new ProductCalled(p.tenant(), p.productId(), callDate, s.poolBalance(),
                s.notesOutstanding(), reason, caller.subject(), now));
    }

    // ---------------------------------------------------------------- apply

    public static AbsProductState apply(AbsProductState state, AbsProductEvent event) {
        if (event instanceof ProductOriginated e) {
            return AbsProduct.originated(e.tenant(), e.productId(), e.terms(), e.by(), e.at());
        }
        AbsProduct p = (AbsProduct) state;
        AbsProduct.Draft d = p.edit();
        if (event instanceof LoanTapeLoaded e) {
            d.phase = Phase.STRUCTURING;
            d.tape = e.loans();
            d.screening = null;
            d.structure = null;
            d.compositeScore = null;
            d.esgScore = null;
            d.ratings = Map.of();
            d.newBasis();
        } else if (event instanceof PoolScreened e) {
            d.screening = e.screening();
            d.structure = null;
            d.compositeScore = null;
            d.esgScore = null;
            d.ratings = Map.of();
            d.newBasis();
        } else if (event instanceof StructureDefined e) {
            d.structure = e.structure();
            d.ratings = e.structure().ratings();
            d.compositeScore = e.compositeScore();
            d.esgScore = e.esgScore();
            d.newBasis();
        } else if (event instanceof CashflowsProjected e) {
            d.cashflows = e.cashflows();
        } else if (event instanceof LossesSimulated e) {
            d.losses = e.losses();
        } else if (event instanceof CouponsEstimated e) {
            d.coupons = e.coupons();
        } else if (event instanceof IssuanceOpened) {
            d.phase = Phase.ISSUANCE;
        } else if (event instanceof OrderPlaced e) {
            Map<String, Order> orders = new LinkedHashMap<>(p.orders());
            orders.put(e.order().orderId(), e.order());
            d.orders = orders;
        } else if (event instanceof FinalCouponsSet e) {
            d.finalCoupons = e.coupons();
            d.basisVersion++;
        } else if (event instanceof TranchesAllocated e) {
            d.allocations = e.allocations();
        } else if (event instanceof IssuanceClosed e) {
            d.phase = Phase.SURVEILLANCE;
            d.closingDate = e.closingDate();
            d.cashflows = e.cashflows();
            Map<String, BigDecimal> balances = new LinkedHashMap<>();
            Map<String, BigDecimal> shortfalls = new LinkedHashMap<>();
            for (Tranche tranche : p.structure().tranches()) {
                balances.put(tranche.name(), tranche.balance());
                shortfalls.put(tranche.name(), Amounts.ZERO);
            }
            var reserve = p.structure().structure().reserve();
            BigDecimal pool = p.screening().eligibleBalance();
            d.surveillance = new Surveillance(pool, pool, balances, shortfalls, Amounts.ZERO,
                    reserve == null ? Amounts.ZERO : reserve.initialBalance(), Amounts.ZERO, null, List.of());
        } else if (event instanceof ServicerReportRecorded e) {
            Surveillance s = p.surveillance();
            Map<String, BigDecimal> balances = new LinkedHashMap<>();
            Map<String, BigDecimal> shortfalls = new LinkedHashMap<>();
            e.payments().tranches().forEach((name, paid) -> {
                balances.put(name, paid.endBalance());
                shortfalls.put(name, paid.interestShortfall());
            });
            List<Surveillance.PeriodRecord> reports = new ArrayList<>(s.reports());
            reports.add(new Surveillance.PeriodRecord(e.report(), e.payments(), e.performance()));
            d.surveillance = new Surveillance(s.originalPoolBalance(), e.report().poolEndBalance(), balances, shortfalls,
                    e.payments().unpaidFees(), e.payments().reserveBalance(), e.payments().cumulativeDefaults(),
                    e.triggerBreached() ? Integer.valueOf(e.report().period()) : s.triggerBreachPeriod(), reports);
            d.alerts = append(p.alerts(), e.alerts());
            d.compositeScore = e.compositeScore();
        } else if (event instanceof TrancheRatingChanged e) {
            Map<String, String> ratings = new LinkedHashMap<>(p.ratings());
            ratings.put(e.change().tranche(), e.change().to());
            d.ratings = ratings;
            d.ratingChanges = append(p.ratingChanges(), List.of(e.change()));
            if (e.alert() != null) d.alerts = append(p.alerts(), List.of(e.alert()));
        } else if (event instanceof ObligorAlertRaised e) {
            d.alerts = append(p.alerts(), List.of(e.alert()));
        } else if (event instanceof ProductMatured e) {
            d.phase = Phase.MATURED;
            d.endDate = e.maturityDate();
            d.endReason = "matured: every note repaid or written off";
        } else if (event instanceof ProductCalled e) {
            d.phase = Phase.CALLED;
            d.endDate = e.callDate();
            d.endReason = "called: " + e.reason();
            Surveillance s = p.surveillance();
            Map<String, BigDecimal> zero = new LinkedHashMap<>();
            s.trancheBalances().keySet().forEach(name -> zero.put(name, Amounts.ZERO));
            d.surveillance = new Surveillance(s.originalPoolBalance(), Amounts.ZERO, zero, s.interestShortfalls(),
                    s.unpaidFees(), s.reserveBalance(), s.cumulativeDefaults(), s.triggerBreachPeriod(), s.reports());
        }
        return d.build();
    }

    // ---------------------------------------------------------------- helpers

    /** Empty when the state is a product in one of {@code allowed}; else the refusal naming the state. */
    static Optional<String> phase(AbsProductState state, String what, Phase... allowed) {
        if (!(state instanceof AbsProduct p)) {
            return Optional.of(NO_PRODUCT + " (state " + state.stateName() + ")");
        }
        if (Arrays.asList(allowed).contains(p.phase())) return Optional.empty();
        String phases = Arrays.stream(allowed).map(Phase::label).collect(Collectors.joining(" or "));
        return Optional.of(what + " only in " + phases + ", not in state " + p.stateName());
    }

    private static Optional<String> computed(AbsProductState state, String what, int basisVersion, boolean needsCashflows) {
        Optional<String> refusal = phase(state, what, Phase.STRUCTURING);
        if (refusal.isPresent()) return refusal;
        AbsProduct p = (AbsProduct) state;
        if (p.structure() == null) return Optional.of("define the structure first (state Structuring)");
        if (needsCashflows && p.cashflows() == null) return Optional.of("project the cash flows first (state Structuring)");
        if (basisVersion != p.basisVersion()) return Optional.of(stale(basisVersion, p));
        return Optional.empty();
    }

    private static String stale(int basisVersion, AbsProduct p) {
        return "the tape, screening, structure or coupons changed while this was computed (basis " + basisVersion
                + ", now " + p.basisVersion() + "); run it again";
    }

    private static Set<String> trancheNames(AbsProduct p) {
        return p.structure().tranches().stream().map(Tranche::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Set<String> ratedNames(AbsProduct p) {
        return p.structure().ratedTranches().stream().map(Tranche::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Integer lastPeriod(AbsProduct p) {
        return p.surveillance() == null || p.surveillance().lastPeriod() == 0 ? null : p.surveillance().lastPeriod();
    }

    private static String alertId(int n) {
        return "A" + n;
    }

    private static <T> List<T> append(List<T> list, List<T> more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(more);
        return all;
    }
}

package meridian.read.abs;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import meridian.domain.abs.CompositeScore;
import meridian.domain.abs.EsgScore;
import meridian.domain.abs.product.AbsProductEvent;
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
import meridian.domain.abs.product.Alert;
import meridian.domain.abs.product.Allocation;
import meridian.domain.abs.product.CashflowSummary;
import meridian.domain.abs.product.CouponEstimation;
import meridian.domain.abs.product.LossSummary;
import meridian.domain.abs.product.Order;
import meridian.domain.abs.product.Phase;
import meridian.domain.abs.product.ProductTerms;
import meridian.domain.abs.product.RatingChange;
import meridian.domain.abs.product.Screening;
import meridian.domain.abs.product.StructureTerms;
import meridian.domain.abs.product.Surveillance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the ABS views show of one product, kept up to date from its events by {@link #apply}: the read
 * model's copy of the product, without the loan tape itself (its size, screening and stratifications are kept).
 * Stored as JSON; every view (manager, investor, regulator) is rendered from it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AbsProductDocument {

    /** The loan tape as the views know it: its size and who loaded it. */
    public record TapeInfo(int loans, BigDecimal balance, String loadedBy, Instant loadedAt) {
    }

    /** Where the deal stands after closing. */
    public record Status(BigDecimal originalPoolBalance, BigDecimal poolBalance, Map<String, BigDecimal> trancheBalances,
                         BigDecimal cumulativeDefaults, BigDecimal reserveBalance, Integer triggerBreachPeriod) {
    }

    String tenant;
    String productId;
    long seqNr;
    Phase phase;
    ProductTerms terms;
    String originatedBy;
    Instant originatedAt;
    Instant updatedAt;
    TapeInfo tape;
    Screening screening;
    StructureTerms structure;
    Map<String, String> ratings = new LinkedHashMap<>();
    CompositeScore compositeScore;
    EsgScore esgScore;
    CashflowSummary cashflows;
    LossSummary losses;
    CouponEstimation coupons;
    Map<String, Order> orders = new LinkedHashMap<>();
    Map<String, BigDecimal> finalCoupons = new LinkedHashMap<>();
    List<Allocation> allocations = new ArrayList<>();
    LocalDate closingDate;
    /** The projection made at closing with the final coupons, against which performance is measured. */
    boolean closingProjection;
    Status status;
    List<Surveillance.PeriodRecord> periods = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    List<RatingChange> ratingChanges = new ArrayList<>();
    LocalDate endDate;
    String endReason;

    public String tenant() {
        return tenant;
    }

    public String productId() {
        return productId;
    }

    public long seqNr() {
        return seqNr;
    }

    public Phase phase() {
        return phase;
    }

    /** Folds one event in; {@code seqNr} is the event's sequence number for its product. */
    public AbsProductDocument apply(AbsProductEvent event, long seqNr) {
        this.seqNr = seqNr;
        this.tenant = event.tenant();
        this.productId = event.productId();
        this.updatedAt = event.at();
        if (event instanceof ProductOriginated e) {
            phase = Phase.ORIGINATION;
            terms = e.terms();
            originatedBy = e.by();
            originatedAt = e.at();
        } else if (event instanceof LoanTapeLoaded e) {
            phase = Phase.STRUCTURING;
            tape = new TapeInfo(e.loans().size(), e.tapeBalance(), e.by(), e.at());
            screening = null;
            structure = null;
            ratings = new LinkedHashMap<>();
            compositeScore = null;
            esgScore = null;
            resetComputations();
        } else if (event instanceof PoolScreened e) {
            screening = e.screening();
            structure = null;
            ratings = new LinkedHashMap<>();
            compositeScore = null;
            esgScore = null;
            resetComputations();
        } else if (event instanceof StructureDefined e) {
            structure = e.structure();
            ratings = new LinkedHashMap<>(e.structure().ratings());
            compositeScore = e.compositeScore();
            esgScore = e.esgScore();
            resetComputations();
        } else if (event instanceof CashflowsProjected e) {
            cashflows = e.cashflows();
        } else if (event instanceof LossesSimulated e) {
            losses = e.losses();
        } else if (event instanceof CouponsEstimated e) {
            coupons = e.coupons();
        } else if (event instanceof IssuanceOpened) {
            phase = Phase.ISSUANCE;
        } else if (event instanceof OrderPlaced e) {
            orders.put(e.order().orderId(), e.order());
        } else if (event instanceof FinalCouponsSet e) {
            finalCoupons = new LinkedHashMap<>(e.coupons());
        } else if (event instanceof TranchesAllocated e) {
            allocations = new ArrayList<>(e.allocations());
        } else if (event instanceof IssuanceClosed e) {
            phase = Phase.SURVEILLANCE;
            closingDate = e.closingDate();
            cashflows = e.cashflows();
            closingProjection = true;
            Map<String, BigDecimal> balances = new LinkedHashMap<>();
            structure.tranches().forEach(t -> balances.put(t.name(), t.balance()));
            var reserve = structure.structure().reserve();
            BigDecimal pool = screening.eligibleBalance();
            status = new Status(pool, pool, balances, BigDecimal.ZERO.setScale(2),
                    reserve == null ? BigDecimal.ZERO.setScale(2) : reserve.initialBalance(), null);
        } else if (event instanceof ServicerReportRecorded e) {
            periods.add(new Surveillance.PeriodRecord(e.report(), e.payments(), e.performance()));
            Map<String, BigDecimal> balances = new LinkedHashMap<>();
            e.payments().tranches().forEach((name, paid) -> balances.put(name, paid.endBalance()));
            status = new Status(status.originalPoolBalance(), e.report().poolEndBalance(), balances,
                    e.payments().cumulativeDefaults(), e.payments().reserveBalance(),
                    e.triggerBreached() ? Integer.valueOf(e.report().period()) : status.triggerBreachPeriod());
            alerts.addAll(e.alerts());
            compositeScore = e.compositeScore();
        } else if (event instanceof TrancheRatingChanged e) {
            ratings.put(e.change().tranche(), e.change().to());
            ratingChanges.add(e.change());
            if (e.alert() != null) alerts.add(e.alert());
        } else if (event instanceof ObligorAlertRaised e) {
            alerts.add(e.alert());
        } else if (event instanceof ProductMatured e) {
            phase = Phase.MATURED;
            endDate = e.maturityDate();
            endReason = "matured: every note repaid or written off";
        } else if (event instanceof ProductCalled e) {
            phase = Phase.CALLED;
            endDate = e.callDate();
            endReason = "called: " + e.reason();
            Map<String, BigDecimal> zero = new LinkedHashMap<>();
            status.trancheBalances().keySet().forEach(name -> zero.put(name, BigDecimal.ZERO.setScale(2)));
            status = new Status(status.originalPoolBalance(), BigDecimal.ZERO.setScale(2), zero,
                    status.cumulativeDefaults(), status.reserveBalance(), status.triggerBreachPeriod());
        }
        return this;
    }

    private void resetComputations() {
        cashflows = null;
        losses = null;
        coupons = null;
        closingProjection = false;
    }
}

package meridian.domain.abs.product;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import meridian.domain.abs.CompositeScore;
import meridian.domain.abs.EsgScore;
import meridian.domain.abs.Loan;
import meridian.domain.common.CborSerializable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What happened to an ABS product; every event names the tenant, the product, who did it and when. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes({
        @JsonSubTypes.Type(value = AbsProductEvent.ProductOriginated.class, name = "ProductOriginated"),
        @JsonSubTypes.Type(value = AbsProductEvent.LoanTapeLoaded.class, name = "LoanTapeLoaded"),
        @JsonSubTypes.Type(value = AbsProductEvent.PoolScreened.class, name = "PoolScreened"),
        @JsonSubTypes.Type(value = AbsProductEvent.StructureDefined.class, name = "StructureDefined"),
        @JsonSubTypes.Type(value = AbsProductEvent.CashflowsProjected.class, name = "CashflowsProjected"),
        @JsonSubTypes.Type(value = AbsProductEvent.LossesSimulated.class, name = "LossesSimulated"),
        @JsonSubTypes.Type(value = AbsProductEvent.CouponsEstimated.class, name = "CouponsEstimated"),
        @JsonSubTypes.Type(value = AbsProductEvent.IssuanceOpened.class, name = "IssuanceOpened"),
        @JsonSubTypes.Type(value = AbsProductEvent.OrderPlaced.class, name = "OrderPlaced"),
        @JsonSubTypes.Type(value = AbsProductEvent.FinalCouponsSet.class, name = "FinalCouponsSet"),
        @JsonSubTypes.Type(value = AbsProductEvent.TranchesAllocated.class, name = "TranchesAllocated"),
        @JsonSubTypes.Type(value = AbsProductEvent.IssuanceClosed.class, name = "IssuanceClosed"),
        @JsonSubTypes.Type(value = AbsProductEvent.ServicerReportRecorded.class, name = "ServicerReportRecorded"),
        @JsonSubTypes.Type(value = AbsProductEvent.TrancheRatingChanged.class, name = "TrancheRatingChanged"),
        @JsonSubTypes.Type(value = AbsProductEvent.ObligorAlertRaised.class, name = "ObligorAlertRaised"),
        @JsonSubTypes.Type(value = AbsProductEvent.ProductMatured.class, name = "ProductMatured"),
        @JsonSubTypes.Type(value = AbsProductEvent.ProductCalled.class, name = "ProductCalled")})
public sealed interface AbsProductEvent extends CborSerializable {

    String tenant();

    String productId();

    String by();

    Instant at();

    record ProductOriginated(String tenant, String productId, ProductTerms terms, String by, Instant at)
            implements AbsProductEvent {
    }

    /** A new tape replaces the old one; screening, structure results and scores start again. */
    record LoanTapeLoaded(String tenant, String productId, List<Loan> loans, BigDecimal tapeBalance, String by, Instant at)
            implements AbsProductEvent {
    }

    record PoolScreened(String tenant, String productId, Screening screening, String by, Instant at)
            implements AbsProductEvent {
    }

    /** The structure, with the composite and ESG scores of the eligible pool under it. */
    record StructureDefined(String tenant, String productId, StructureTerms structure, CompositeScore compositeScore,
                            EsgScore esgScore, String by, Instant at) implements AbsProductEvent {
    }

    record CashflowsProjected(String tenant, String productId, CashflowSummary cashflows, String by, Instant at)
            implements AbsProductEvent {
    }

    record LossesSimulated(String tenant, String productId, LossSummary losses, String by, Instant at)
            implements AbsProductEvent {
    }

    record CouponsEstimated(String tenant, String productId, CouponEstimation coupons, String by, Instant at)
            implements AbsProductEvent {
    }

    record IssuanceOpened(String tenant, String productId, String by, Instant at) implements AbsProductEvent {
    }

    record OrderPlaced(String tenant, String productId, Order order, String by, Instant at) implements AbsProductEvent {
    }

    record FinalCouponsSet(String tenant, String productId, Map<String, BigDecimal> coupons, String by, Instant at)
            implements AbsProductEvent {
    }

    /** The whole allocation; it replaces any earlier one. */
    record TranchesAllocated(String tenant, String productId, List<Allocation> allocations, String by, Instant at)
            implements AbsProductEvent {
    }

    /** The notes are issued at their final coupons; {@code cashflows} is the projection at those coupons. */
    record IssuanceClosed(String tenant, String productId, LocalDate closingDate, CashflowSummary cashflows,
                          String by, Instant at) implements AbsProductEvent {
    }

    /**
     * A monthly report with the payments it made, the performance against projection, the alerts it raised, whether
     * it breached the trigger, and the composite score after it.
     */
    record ServicerReportRecorded(String tenant, String productId, ServicerReport report, WaterfallPayments payments,
                                  PerformanceComparison performance, boolean triggerBreached, List<Alert> alerts,
                                  CompositeScore compositeScore, String by, Instant at) implements AbsProductEvent {
    }

    /** {@code alert} is set for a downgrade. */
    record TrancheRatingChanged(String tenant, String productId, RatingChange change, Alert alert, String by, Instant at)
            implements AbsProductEvent {
    }

    record ObligorAlertRaised(String tenant, String productId, Alert alert, String by, Instant at)
            implements AbsProductEvent {
    }

    record ProductMatured(String tenant, String productId, LocalDate maturityDate, String by, Instant at)
            implements AbsProductEvent {
    }

    /** A clean-up call: the remaining pool is bought back and the outstanding notes redeemed at par. */
    record ProductCalled(String tenant, String productId, LocalDate callDate, BigDecimal poolBalance,
                         BigDecimal notesRedeemed, String reason, String by, Instant at) implements AbsProductEvent {
    }
}

package meridian.domain.abs.product;

import meridian.domain.abs.CompositeScore;
import meridian.domain.abs.EsgScore;
import meridian.domain.abs.Loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ABS product of one tenant, from origination to maturity: its terms, the loan tape and its screening, the
 * structure with its cash flows, simulated losses and coupon estimates, the book of orders, final coupons and
 * allocations, and after closing its surveillance. {@code basisVersion} counts changes to what computations
 * depend on (tape, screening, structure, final coupons): a result computed on an older basis is refused.
 */
public record AbsProduct(String tenant, String productId, Phase phase, ProductTerms terms, String originatedBy,
                         Instant originatedAt, int basisVersion, List<Loan> tape, Screening screening,
                         StructureTerms structure, CashflowSummary cashflows, LossSummary losses,
                         CouponEstimation coupons, CompositeScore compositeScore, EsgScore esgScore,
                         Map<String, Order> orders, Map<String, BigDecimal> finalCoupons, List<Allocation> allocations,
                         LocalDate closingDate, Surveillance surveillance, Map<String, String> ratings,
                         List<RatingChange> ratingChanges, List<Alert> alerts, LocalDate endDate, String endReason)
        implements AbsProductState {

    public AbsProduct {
        tape = List.copyOf(tape);
        orders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(orders));
        finalCoupons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(finalCoupons));
        allocations = List.copyOf(allocations);
        ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        ratingChanges = List.copyOf(ratingChanges);
        alerts = List.copyOf(alerts);
    }

    @Override
    public String stateName() {
        return phase.label();
    }

    /** A new product in Origination. */
    public static AbsProduct originated(String tenant, String productId, ProductTerms terms, String by, Instant at) {
        return new AbsProduct(tenant, productId, Phase.ORIGINATION, terms, by, at, 0, List.of(), null, null, null,
                null, null, null, null, Map.of(), Map.of(), List.of(), null, null, Map.of(), List.of(), List.of(),
                null, null);
    }

    /** The loans of the tape that passed the screen, in tape order; empty before screening. */
    public List<Loan> eligibleLoans() {
        if (screening == null) return List.of();
        Set<String> refused = new HashSet<>();
        screening.rejected().forEach(v -> refused.add(v.loanId()));
        return tape.stream().filter(l -> !refused.contains(l.id())).toList();
    }

    public Draft edit() {
        return new Draft(this);
    }

    /** A changed copy, field by field. */
    public static final class Draft {
        Phase phase;
        int basisVersion;
        List<Loan> tape;
        Screening screening;
        StructureTerms structure;
        CashflowSummary cashflows;
        LossSummary losses;
        CouponEstimation coupons;
        CompositeScore compositeScore;
        EsgScore esgScore;
        Map<String, Order> orders;
        Map<String, BigDecimal> finalCoupons;
        List<Allocation> allocations;
        LocalDate closingDate;
        Surveillance surveillance;
        Map<String, String> ratings;
        List<RatingChange> ratingChanges;
        List<Alert> alerts;
        LocalDate endDate;
        String endReason;
        private final AbsProduct from;

        private Draft(AbsProduct p) {
            from = p;
            phase = p.phase;
            basisVersion = p.basisVersion;
            tape = p.tape;
            screening = p.screening;
            structure = p.structure;
            cashflows = p.cashflows;
            losses = p.losses;
            coupons = p.coupons;
            compositeScore = p.compositeScore;
            esgScore = p.esgScore;
            orders = p.orders;
            finalCoupons = p.finalCoupons;
            allocations = p.allocations;
            closingDate = p.closingDate;
            surveillance = p.surveillance;
            ratings = p.ratings;
            ratingChanges = p.ratingChanges;
            alerts = p.alerts;
            endDate = p.endDate;
            endReason = p.endReason;
        }

        /** Whatever was computed from the tape, screening or structure no longer holds. */
        Draft newBasis() {
            basisVersion++;
            cashflows = null;
            losses = null;
            coupons = null;
            return this;
        }

        public AbsProduct build() {
            return new AbsProduct(from.tenant, from.productId, phase, from.terms, from.originatedBy, from.originatedAt,
                    basisVersion, tape, screening, structure, cashflows, losses, coupons, compositeScore, esgScore,
                    orders, finalCoupons, allocations, closingDate, surveillance, ratings, ratingChanges, alerts,
                    endDate, endReason);
        }
    }
}

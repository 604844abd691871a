package meridian.pricing.abs.product;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Assumptions;
import meridian.domain.abs.Deal;
import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;
import meridian.domain.abs.product.AbsAssetType;
import meridian.domain.abs.product.AbsProduct;
import meridian.domain.abs.product.AbsProductEvent;
import meridian.domain.abs.product.AbsProductRules;
import meridian.domain.abs.product.AbsProductState;
import meridian.domain.abs.product.CashflowSummary;
import meridian.domain.abs.product.CouponEstimation;
import meridian.domain.abs.product.LossSummary;
import meridian.domain.abs.product.ProductTerms;
import meridian.domain.abs.product.StructureTerms;
import meridian.domain.common.Caller;
import meridian.domain.common.Decision;
import meridian.pricing.abs.CashflowEngine;
import meridian.pricing.abs.ProjectionJson;
import meridian.pricing.abs.coupon.CouponModel;
import meridian.pricing.abs.coupon.PastIssueCsv;
import meridian.pricing.abs.loss.CpuLossSimulator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The engines on a product's own pool and structure give what the product records, and the product accepts it. */
class AbsProductEnginesTest {

    private static final Caller MANAGER = new Caller("maria", "galaxy");
    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    private static final String[] RATINGS = {"AA", "A+", "A", "BBB+", "BBB", "BB"};

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static AbsProductState step(AbsProductState state, Decision<AbsProductEvent> decision) {
        if (decision instanceof Decision.Reject<AbsProductEvent> r) fail(r.reason());
        for (AbsProductEvent e : ((Decision.Accept<AbsProductEvent>) decision).events()) state = AbsProductRules.apply(state, e);
        return state;
    }

    /** 40 loans of 250,000 (10,000,000), the BB ones screened out (a sixth of the tape), structured 80/10/10. */
    private static AbsProduct structured() {
        List<Loan> loans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            loans.add(new Loan("L" + i, d("250000.00"), BigDecimal.valueOf(450 + 10 * (i % 7), 2), 24 + 6 * (i % 6),
                    Amortization.values()[i % 3], "Obligor " + (i % 15), i % 2 == 0 ? "automotive" : "retail",
                    "Region " + (i % 4), RATINGS[i % 6]));
        }
        AbsProductState s = AbsProductState.initial();
        s = step(s, AbsProductRules.originate(s, "P1", new ProductTerms("Auto 1", "Issuer", "A", AbsAssetType.AUTO_LOAN,
                d("10000000"), null, "Servicer", 3, true, false), MANAGER, NOW));
        s = step(s, AbsProductRules.loadTape(s, loans, MANAGER, NOW));
        s = step(s, AbsProductRules.screen(s, new EligibilityCriteria(null, null, null, null, null, "BBB", Set.of(),
                Set.of(), Set.of(), null), MANAGER, NOW));
        BigDecimal pool = ((AbsProduct) s).screening().eligibleBalance();
        assertEquals(d("8500000.00"), pool);
        Structure structure = new Structure(List.of(new Fee("trustee", d("0.05"))), List.of(
                new Tranche("A", d("6800000.00"), d("3.0")), new Tranche("B", d("850000.00"), d("4.5")),
                new Tranche("Sub", d("850000.00"), null)), WaterfallType.SEQUENTIAL);
        s = step(s, AbsProductRules.defineStructure(s, new StructureTerms(LocalDate.of(2026, 1, 31), structure,
                new Assumptions(d("5"), d("2"), d("40"), 6), null, Map.of("A", "AAA", "B", "A")), MANAGER, NOW));
        return (AbsProduct) s;
    }

    @Test
    void theRecordedProjectionIsTheEnginesToTheCent() {
        AbsProduct product = structured();
        Deal deal = AbsProductEngines.deal(product, null);
        CashflowSummary summary = AbsProductEngines.cashflows(deal);
        var json = ProjectionJson.toJson(CashflowEngine.project(deal));
        assertEquals(json.get("periods").size(), summary.periods().size());
        CashflowSummary.Period first = summary.periods().get(0);
        assertEquals(d("8500000.00"), first.poolBeginBalance());
        assertEquals(LocalDate.of(2026, 2, 28), first.date());
        assertEquals(json.get("periods").get(0).get("tranches").get("A").get("principalPaid").decimalValue(),
                first.tranches().get("A").principalPaid());
        assertEquals(json.get("tranches").get("B").get("walYears").decimalValue(), summary.tranches().get("B").walYears());
        AbsProductState recorded = step(product, AbsProductRules.recordCashflows(product, product.basisVersion(), summary,
                MANAGER, NOW));
        assertEquals(summary, ((AbsProduct) recorded).cashflows());

        Deal atFinalCoupons = AbsProductEngines.deal(product, Map.of("A", d("3.5"), "B", d("5.0")));
        CashflowSummary higher = AbsProductEngines.cashflows(atFinalCoupons);
        assertTrue(higher.tranches().get("A").totalInterest().compareTo(summary.tranches().get("A").totalInterest()) > 0,
                "final coupons above the structured ones pay more interest");
    }

    @Test
    void lossesAreSimulatedOnTheEligiblePoolWithTheStructuresTranches() {
        AbsProduct product = structured();
        LossSummary losses = AbsProductEngines.losses(product,
                new AbsProductEngines.LossRequest(2000, 0.2, null, null, 11L), new CpuLossSimulator(1), "CPU");
        assertEquals(List.of("A", "B", "Sub"), List.copyOf(losses.tranches().keySet()));
        assertEquals(40.0, losses.recoveryMeanPct(), "the structure's recovery assumption by default");
        assertEquals(d("8500000.00"), losses.pool().balance());
        assertTrue(losses.pool().expectedLoss().signum() > 0);
        assertTrue(losses.tranches().get("Sub").expectedLoss().compareTo(losses.tranches().get("A").expectedLoss()) >= 0,
                "the subordinated tranche loses first");
        assertEquals(losses, AbsProductEngines.losses(product,
                new AbsProductEngines.LossRequest(2000, 0.2, null, null, 11L), new CpuLossSimulator(2), "CPU"),
                "the same seed gives the same losses whatever the thread count");
        assertThrows(meridian.domain.common.ValidationException.class,
                () -> new AbsProductEngines.LossRequest(5, null, null, null, null));
    }

    @Test
    void couponsAreEstimatedForEachRatedTrancheWithSimilarPastIssues() {
        AbsProduct product = structured();
        AbsProductState s = step(product, AbsProductRules.recordCashflows(product, product.basisVersion(),
                AbsProductEngines.cashflows(AbsProductEngines.deal(product, null)), MANAGER, NOW));
        CouponModel model = CouponModel.train(PastIssueCsv.loadSynthetic());
        CouponEstimation estimation = AbsProductEngines.coupons((AbsProduct) s, model,
                new AbsProductEngines.CouponRequest(d("2.5"), null), LocalDate.of(2026, 2, 10));
        assertEquals(LocalDate.of(2026, 2, 10), estimation.issueDate());
        assertEquals("SYNTHETIC", estimation.dataSource());
        assertEquals(List.of("A", "B"), estimation.tranches().stream().map(CouponEstimation.CouponEstimate::tranche).toList());
        CouponEstimation.CouponEstimate a = estimation.tranches().get(0);
        CouponEstimation.CouponEstimate b = estimation.tranches().get(1);
        assertEquals(d("20.0000"), a.creditEnhancementPct());
        assertEquals(d("10.0000"), b.creditEnhancementPct());
        assertTrue(b.estimatedCouponPct().compareTo(a.estimatedCouponPct()) > 0, "the A-rated tranche pays more than AAA");
        assertEquals(AbsProductEngines.SIMILAR_ISSUES, a.similarIssues().size());
        assertTrue(step(s, AbsProductRules.recordCoupons(s, product.basisVersion(), estimation, MANAGER, NOW)) instanceof AbsProduct);
    }
}

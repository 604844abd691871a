package meridian.domain.abs.product;

import meridian.domain.abs.WaterfallType;
import meridian.domain.common.Decision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static meridian.domain.abs.product.AbsProductFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class AbsProductRulesTest {

    private static String refusal(Decision<AbsProductEvent> decision) {
        return assertInstanceOf(Decision.Reject.class, decision, "expected a refusal").reason();
    }

    private static List<AbsProductEvent> events(Decision<AbsProductEvent> decision) {
        if (decision instanceof Decision.Reject<AbsProductEvent> r) fail("refused: " + r.reason());
        return ((Decision.Accept<AbsProductEvent>) decision).events();
    }

    @Test
    void aProductGoesFromOriginationThroughStructuringIssuanceAndSurveillance() {
        AbsProductState s = AbsProductState.initial();
        s = step(s, AbsProductRules.originate(s, PRODUCT, terms(), MANAGER, NOW));
        assertEquals("Origination", s.stateName());
        s = step(s, AbsProductRules.loadTape(s, tape(), MANAGER, NOW));
        assertEquals("Structuring", s.stateName());
        s = step(s, AbsProductRules.screen(s, criteria(), MANAGER, NOW));
        AbsProduct screened = (AbsProduct) s;
        assertEquals(3, screened.screening().eligibleLoans());
        assertEquals(0, new BigDecimal("900000.00").compareTo(screened.screening().eligibleBalance()));
        LoanVerdict refused = screened.screening().rejected().get(0);
        assertEquals("L4", refused.loanId());
        assertTrue(refused.reasons().stream().anyMatch(r -> r.contains("rating 'B' is below BBB-")), refused.reasons().toString());
        assertTrue(refused.reasons().stream().anyMatch(r -> r.contains("industry 'coal mining' is excluded")));
        assertEquals(3, screened.screening().stratification().loans());

        AbsProduct issued = closed(WaterfallType.SEQUENTIAL);
        assertEquals("Surveillance", issued.stateName());
        assertNotNull(issued.compositeScore());
        assertNotNull(issued.esgScore());
        assertEquals(Map.of("A", "AAA", "B", "A"), issued.ratings());
        assertEquals(2, issued.allocations().size());
        assertEquals(new BigDecimal("900000.00"), issued.surveillance().poolBalance());

        s = step(issued, AbsProductRules.recordServicerReport(issued,
                report(1, "2026-03-10", "4000.00", "20000.00", "5000.00", "1000.00", "0.00", "874000.00"), MANAGER, NOW));
        AbsProduct surveilled = (AbsProduct) s;
        assertEquals(1, surveilled.surveillance().lastPeriod());
        assertEquals(new BigDecimal("673162.50"), surveilled.surveillance().trancheBalances().get("A"));
        PerformanceComparison performance = surveilled.surveillance().reports().get(0).performance();
        assertEquals(new BigDecimal("600000.00"), performance.projectedPoolBalance());
        assertEquals(new BigDecimal("874000.00"), performance.actualPoolBalance());
        assertNotNull(surveilled.compositeScore().performance(), "the score now has a performance factor");
    }

    @Test
    void commandsOutsideTheirPhaseAreRefusedNamingTheState() {
        AbsProductState nothing = AbsProductState.initial();
        assertTrue(refusal(AbsProductRules.loadTape(nothing, tape(), MANAGER, NOW)).startsWith(AbsProductRules.NO_PRODUCT));
        assertTrue(refusal(AbsProductRules.loadTape(nothing, tape(), MANAGER, NOW)).contains("NotOriginated"));

        AbsProductState originated = step(nothing, AbsProductRules.originate(nothing, PRODUCT, terms(), MANAGER, NOW));
        assertTrue(refusal(AbsProductRules.openIssuance(originated, MANAGER, NOW)).contains("not in state Origination"));
        assertTrue(refusal(AbsProductRules.screen(originated, criteria(), MANAGER, NOW)).contains("state Origination"));

        AbsProduct structured = structured(WaterfallType.SEQUENTIAL);
        assertTrue(refusal(AbsProductRules.placeOrder(structured, new Order("O1", "Fund", "A", d("1.00"), null), MANAGER, NOW))
                .contains("not in state Structuring"));
        assertTrue(refusal(AbsProductRules.recordServicerReport(structured,
                report(1, "2026-03-10", "1.00", "0", "0", "0", "0", "900000.00"), MANAGER, NOW)).contains("state Structuring"));

        AbsProduct closed = closed(WaterfallType.SEQUENTIAL);
        assertTrue(refusal(AbsProductRules.loadTape(closed, tape(), MANAGER, NOW)).contains("not in state Surveillance"));
        assertTrue(refusal(AbsProductRules.mature(closed, LocalDate.of(2026, 3, 1), MANAGER, NOW)).contains("still outstanding"));
        assertTrue(refusal(AbsProductRules.call(closed, LocalDate.of(2026, 3, 1), "clean-up", MANAGER, NOW))
                .contains("at or below 10%"));
        assertTrue(refusal(AbsProductRules.originate(closed, PRODUCT,
                new ProductTerms("Other", "X", "A", AbsAssetType.LEASE, d("5"), null, "S", 3, false, false), MANAGER, NOW))
                .contains("already exists (state Surveillance)"));
        assertTrue(events(AbsProductRules.originate(closed, PRODUCT, terms(), MANAGER, NOW)).isEmpty(),
                "originating again with the same terms is a no-op (a retried request)");
    }

    @Test
    void aCalledProductTakesNoMoreCommands() {
        AbsProductState s = closed(WaterfallType.SEQUENTIAL);
        s = step(s, AbsProductRules.recordServicerReport(s,
                report(1, "2026-03-10", "4000.00", "790000.00", "30000.00", "2000.00", "0.00", "78000.00"), MANAGER, NOW));
        s = step(s, AbsProductRules.call(s, LocalDate.of(2026, 3, 20), "clean-up call", MANAGER, NOW));
        assertEquals("Called", s.stateName());
        assertEquals(BigDecimal.ZERO.setScale(2), ((AbsProduct) s).surveillance().notesOutstanding());
        assertTrue(refusal(AbsProductRules.recordServicerReport(s,
                report(2, "2026-04-10", "1.00", "0", "0", "0", "0", "78000.00"), MANAGER, NOW)).contains("not in state Called"));
        assertTrue(refusal(AbsProductRules.changeRating(s, "A", "AA", "Agency", "x", MANAGER, NOW)).contains("state Called"));
    }

    @Test
    void resultsComputedOnAnOlderBasisAreRefusedAndANewTapeStartsStructuringAgain() {
        AbsProduct structured = structured(WaterfallType.SEQUENTIAL);
        int old = structured.basisVersion();
        assertTrue(refusal(AbsProductRules.recordLosses(structured, old - 1, losses(), MANAGER, NOW)).contains("run it again"));

        AbsProductState reloaded = step(structured, AbsProductRules.loadTape(structured,
                tape().subList(0, 3), MANAGER, NOW));
        AbsProduct p = (AbsProduct) reloaded;
        assertEquals(old + 1, p.basisVersion());
        assertNull(p.screening());
        assertNull(p.structure());
        assertNull(p.cashflows());
        assertTrue(refusal(AbsProductRules.recordCashflows(p, p.basisVersion(), cashflows(), MANAGER, NOW))
                .contains("define the structure first"));
        assertTrue(events(AbsProductRules.loadTape(p, tape().subList(0, 3), MANAGER, NOW)).isEmpty(),
                "the same tape again changes nothing");
    }

    @Test
    void theStructureMustMatchTheEligiblePool() {
        AbsProductState s = AbsProductState.initial();
        s = step(s, AbsProductRules.originate(s, PRODUCT, terms(), MANAGER, NOW));
        s = step(s, AbsProductRules.loadTape(s, tape(), MANAGER, NOW));
        assertTrue(refusal(AbsProductRules.defineStructure(s, structure(WaterfallType.SEQUENTIAL), MANAGER, NOW))
                .contains("screen the loan tape"));
        // without screening out L4 the pool is 1,000,000 and the 900,000 of notes do not match it
        s = step(s, AbsProductRules.screen(s, new meridian.domain.abs.EligibilityCriteria(null, null, null, null, null,
                null, null, null, null, null), MANAGER, NOW));
        String reason = refusal(AbsProductRules.defineStructure(s, structure(WaterfallType.SEQUENTIAL), MANAGER, NOW));
        assertTrue(reason.startsWith("structure.tranches:"), reason);
        assertTrue(reason.contains("1000000.00"), reason);
    }

    @Test
    void bookbuildingNeedsEveryResultAndAllocationsRespectOrders() {
        AbsProduct structured = structured(WaterfallType.SEQUENTIAL);
        AbsProductState noCoupons = step(structured, AbsProductRules.screen(structured, criteria(), MANAGER, NOW));
        assertEquals(structured, noCoupons, "screening again with the same criteria changes nothing");

        AbsProductState s = step(structured, AbsProductRules.openIssuance(structured, MANAGER, NOW));
        s = step(s, AbsProductRules.placeOrder(s, new Order("O1", "Fund One", "A", d("500000.00"), d("3.2")), MANAGER, NOW));
        assertTrue(refusal(AbsProductRules.placeOrder(s, new Order("O9", "Fund", "Z", d("1.00"), null), MANAGER, NOW))
                .contains("no tranche Z"));
        assertTrue(refusal(AbsProductRules.allocate(s, List.of(new AllocationRequest("O1", d("1.00"))), MANAGER, NOW))
                .contains("set the final coupons"));
        assertTrue(refusal(AbsProductRules.setFinalCoupons(s, Map.of("A", d("3.0")), MANAGER, NOW)).contains("each rated tranche"));
        s = step(s, AbsProductRules.setFinalCoupons(s, Map.of("A", d("3.0"), "B", d("4.5")), MANAGER, NOW));
        assertTrue(refusal(AbsProductRules.allocate(s, List.of(new AllocationRequest("O1", d("600000.00"))), MANAGER, NOW))
                .contains("more than order O1 asked for"));
        assertTrue(refusal(AbsProductRules.allocate(s, List.of(new AllocationRequest("O1", d("100.00"))), MANAGER, NOW))
                .contains("coupon of at least 3.2%"));
        assertTrue(refusal(AbsProductRules.closeIssuance(s, LocalDate.of(2026, 2, 15), ((AbsProduct) s).basisVersion(),
                cashflows(), MANAGER, NOW)).contains("allocate the book"));
    }

    @Test
    void servicerReportsMustFollowOnAndReconcile() {
        AbsProduct closed = closed(WaterfallType.SEQUENTIAL);
        assertTrue(refusal(AbsProductRules.recordServicerReport(closed,
                report(2, "2026-03-10", "4000.00", "20000.00", "5000.00", "1000.00", "0.00", "874000.00"), MANAGER, NOW))
                .startsWith("period: expected the report for period 1"));
        String reason = refusal(AbsProductRules.recordServicerReport(closed,
                report(1, "2026-03-10", "4000.00", "20000.00", "5000.00", "1000.00", "0.00", "880000.00"), MANAGER, NOW));
        assertTrue(reason.startsWith("poolEndBalance:"), reason);
        assertTrue(reason.contains("874000.00"), reason);
        assertTrue(refusal(AbsProductRules.recordServicerReport(closed,
                report(1, "2026-02-14", "4000.00", "20000.00", "5000.00", "1000.00", "0.00", "874000.00"), MANAGER, NOW))
                .startsWith("reportDate:"));
    }

    @Test
    void heavyDefaultsRaiseAlertsAndADowngradeIsAnAlertToo() {
        AbsProduct closed = closed(WaterfallType.SEQUENTIAL);
        AbsProductState s = step(closed, AbsProductRules.recordServicerReport(closed,
                report(1, "2026-03-10", "1000.00", "20000.00", "0.00", "150000.00", "0.00", "730000.00"), MANAGER, NOW));
        AbsProduct p = (AbsProduct) s;
        List<Alert.Kind> kinds = p.alerts().stream().map(Alert::kind).toList();
        assertTrue(kinds.contains(Alert.Kind.DEFAULTS_ABOVE_PROJECTION), kinds.toString());
        assertTrue(kinds.contains(Alert.Kind.INTEREST_SHORTFALL), kinds.toString());
        assertTrue(kinds.contains(Alert.Kind.PRINCIPAL_WRITE_DOWN), "B is written down: " + kinds);
        assertEquals(0, p.surveillance().trancheBalances().get("Sub").signum(), "the subordinated tranche absorbs losses first");

        s = step(s, AbsProductRules.changeRating(s, "B", "BB+", "Rating Co", "pool losses", MANAGER, NOW));
        p = (AbsProduct) s;
        assertEquals("BB+", p.ratings().get("B"));
        Alert downgrade = p.alerts().get(p.alerts().size() - 1);
        assertEquals(Alert.Kind.RATING_DOWNGRADE, downgrade.kind());
        assertEquals(Alert.Severity.HIGH, downgrade.severity(), "below investment grade");

        s = step(s, AbsProductRules.raiseObligorAlert(s, "Chen Motors", Alert.Severity.MEDIUM, "Chen Motors misses a bond coupon",
                "news", MANAGER, NOW));
        Alert news = ((AbsProduct) s).alerts().get(((AbsProduct) s).alerts().size() - 1);
        assertEquals("Chen Motors", news.obligor());
        assertEquals(new BigDecimal("44.4444"), news.obligorSharePct());
        assertTrue(refusal(AbsProductRules.raiseObligorAlert(s, "Zhao Mining", Alert.Severity.LOW, "x", null, MANAGER, NOW))
                .contains("not an obligor of the pool"), "L4 was screened out");
    }
}

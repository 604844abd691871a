package meridian.read.abs;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Assumptions;
import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;
import meridian.domain.abs.product.AbsAssetType;
import meridian.domain.abs.product.AbsProductEvent;
import meridian.domain.abs.product.AbsProductRules;
import meridian.domain.abs.product.AbsProductState;
import meridian.domain.abs.product.Alert;
import meridian.domain.abs.product.AllocationRequest;
import meridian.domain.abs.product.CashflowSummary;
import meridian.domain.abs.product.CouponEstimation;
import meridian.domain.abs.product.LossSummary;
import meridian.domain.abs.product.Order;
import meridian.domain.abs.product.ProductTerms;
import meridian.domain.abs.product.ServicerReport;
import meridian.domain.abs.product.StructureTerms;
import meridian.domain.common.Caller;
import meridian.domain.common.Decision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/** Events folded into the stored document, and the three views rendered from it after a round trip through JSON. */
class AbsViewsTest {

    private static final Caller MANAGER = new Caller("maria", "galaxy");
    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    private final List<AbsProductEvent> events = new ArrayList<>();
    private AbsProductState state = AbsProductState.initial();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private void run(Function<AbsProductState, Decision<AbsProductEvent>> command) {
        Decision<AbsProductEvent> decision = command.apply(state);
        if (decision instanceof Decision.Reject<AbsProductEvent> r) fail(r.reason());
        for (AbsProductEvent e : ((Decision.Accept<AbsProductEvent>) decision).events()) {
            events.add(e);
            state = AbsProductRules.apply(state, e);
        }
    }

    /** Folds the events one by one, storing and reloading the document as JSON after each, as the handler does. */
    private AbsProductDocument stored() {
        AbsProductDocument document = new AbsProductDocument();
        for (int i = 0; i < events.size(); i++) {
            document = AbsViewJson.read(AbsViewJson.write(document.apply(events.get(i), i + 1)), AbsProductDocument.class);
        }
        return document;
    }

    private int basis() {
        return ((meridian.domain.abs.product.AbsProduct) state).basisVersion();
    }

    private void structureAndIssue() {
        run(s -> AbsProductRules.originate(s, "GAL-1", new ProductTerms("Galaxy Auto 2026-1", "Galaxy Leasing", "AA",
                AbsAssetType.AUTO_LOAN, d("1000000"), null, "Galaxy Servicing", 4, true, true), MANAGER, NOW));
        run(s -> AbsProductRules.loadTape(s, List.of(
                new Loan("L1", d("600000.00"), d("5.5"), 36, Amortization.LEVEL_PAY, "Chen Motors", "automotive", "Shanghai", "AA"),
                new Loan("L2", d("400000.00"), d("6.0"), 48, Amortization.LEVEL_PAY, "Li Logistics", "transportation", "Jiangsu", "A"),
                new Loan("L3", d("50000.00"), d("9.0"), 60, Amortization.BULLET, "Zhao Mining", "coal mining", "Shanxi", "B")),
                MANAGER, NOW));
        run(s -> AbsProductRules.screen(s, new EligibilityCriteria(null, null, null, null, null, "BBB-", Set.of(), Set.of(),
                Set.of(), null), MANAGER, NOW));
        Structure structure = new Structure(List.of(new Fee("trustee", d("0.05"))), List.of(
                new Tranche("A", d("800000.00"), d("3.0")), new Tranche("B", d("100000.00"), d("4.5")),
                new Tranche("Sub", d("100000.00"), null)), WaterfallType.SEQUENTIAL);
        run(s -> AbsProductRules.defineStructure(s, new StructureTerms(LocalDate.of(2026, 1, 31), structure,
                new Assumptions(d("5"), d("2"), d("40"), 6), null, Map.of("A", "AAA", "B", "A")), MANAGER, NOW));
        Map<String, CashflowSummary.TrancheFlow> flows = new LinkedHashMap<>();
        Map<String, CashflowSummary.TrancheTotals> totals = new LinkedHashMap<>();
        LossSummary.LossFigures figures = new LossSummary.LossFigures(d("1.00"), d("0.10"), d("10.0000"), d("1.00"),
                d("100.0000"), d("10.0000"));
        Map<String, LossSummary.LossFigures> losses = new LinkedHashMap<>();
        for (String name : List.of("A", "B", "Sub")) {
            flows.put(name, new CashflowSummary.TrancheFlow(d("1.00"), d("0.00"), d("2.00"), d("0.00"), d("3.00")));
            totals.put(name, new CashflowSummary.TrancheTotals(d("1.00"), d("2.00"), d("0.00"), d("1.5000"), 1, 20, null, null, null));
            losses.put(name, figures);
        }
        CashflowSummary cashflows = new CashflowSummary(List.of(new CashflowSummary.Period(1, LocalDate.of(2026, 2, 28),
                d("1000000.00"), d("1700.00"), d("4700.00"), d("20000.00"), d("4200.00"), d("0.00"), d("974100.00"),
                d("41.67"), null, null, null, flows)), totals, null);
        run(s -> AbsProductRules.recordCashflows(s, basis(), cashflows, MANAGER, NOW));
        run(s -> AbsProductRules.recordLosses(s, basis(), new LossSummary("CPU", 100, 1, 0.15, 40, 20, figures, losses), MANAGER, NOW));
        run(s -> AbsProductRules.recordCoupons(s, basis(), new CouponEstimation(LocalDate.of(2026, 2, 10), d("2.5"),
                "SYNTHETIC", List.of(new CouponEstimation.CouponEstimate("A", "AAA", d("1.5"), d("0.8"), d("20"), d("2.91"), List.of()),
                new CouponEstimation.CouponEstimate("B", "A", d("1.5"), d("0.1"), d("10"), d("3.77"), List.of()))), MANAGER, NOW));
        run(s -> AbsProductRules.openIssuance(s, MANAGER, NOW));
        run(s -> AbsProductRules.placeOrder(s, new Order("O1", "Fund One", "A", d("800000.00"), null), MANAGER, NOW));
        run(s -> AbsProductRules.setFinalCoupons(s, Map.of("A", d("2.95"), "B", d("3.80")), MANAGER, NOW));
        run(s -> AbsProductRules.allocate(s, List.of(new AllocationRequest("O1", d("800000.00"))), MANAGER, NOW));
        run(s -> AbsProductRules.closeIssuance(s, LocalDate.of(2026, 2, 15), basis(), cashflows, MANAGER, NOW));
    }

    @Test
    void investorsSeeNothingBeforeBookbuildingAndTheStructureWithFinalCouponsAfter() {
        run(s -> AbsProductRules.originate(s, "GAL-1", new ProductTerms("Galaxy Auto 2026-1", "Galaxy Leasing", "AA",
                AbsAssetType.AUTO_LOAN, d("1000000"), null, "Galaxy Servicing", 4, true, true), MANAGER, NOW));
        assertNull(AbsViews.disclosure(stored()));
        assertEquals("Origination", AbsViews.managerRow(stored()).phase());

        events.clear();
        state = AbsProductState.initial();
        structureAndIssue();
        AbsProductDocument document = stored();
        assertEquals(events.size(), document.seqNr());
        AbsViews.Disclosure disclosure = AbsViews.disclosure(document);
        assertEquals("Surveillance", disclosure.phase());
        assertEquals("FINAL_COUPONS", disclosure.projectionBasis());
        AbsViews.DisclosedTranche a = disclosure.structure().tranches().get(0);
        assertEquals(d("2.95"), a.couponPct());
        assertEquals("FINAL", a.couponBasis());
        assertEquals(d("20.0000"), a.creditEnhancementPct(), "B and Sub, 200,000 of the 1,000,000 pool, are below A");
        assertEquals("RESIDUAL", disclosure.structure().tranches().get(2).couponBasis());
        assertEquals(2, disclosure.pool().loans(), "the screened-out loan is not in the pool");
        assertEquals(d("1.5000"), a.projected().walYears());
        assertEquals(1, disclosure.projectedCashflows().size());
    }

    @Test
    void aServicerReportBecomesARegulatorReportAndPerformanceInTheDisclosure() {
        structureAndIssue();
        run(s -> AbsProductRules.recordServicerReport(s, new ServicerReport(1, LocalDate.of(2026, 3, 10), d("4500.00"),
                d("20000.00"), d("4000.00"), d("1500.00"), d("0.00"), d("974500.00"), d("2000.00"), d("500.00"), null),
                MANAGER, NOW));
        run(s -> AbsProductRules.changeRating(s, "B", "BBB+", "Rating Co", "seasoning", MANAGER, NOW));
        AbsProductDocument document = stored();

        var reported = (AbsProductEvent.ServicerReportRecorded) events.get(events.size() - 2);
        AbsViews.RegulatorReport report = AbsViews.regulatorReport(document, reported.alerts(), reported.at());
        assertEquals(1, report.period());
        assertEquals(d("1000000.00"), report.originalPoolBalance());
        assertEquals(d("974500.00"), report.poolEndBalance());
        assertEquals(d("0.974500"), report.poolFactor());
        assertEquals(d("0.1500"), report.cumulativeDefaultPct());
        assertEquals(3, report.tranches().size());
        assertEquals(d("2.95"), report.tranches().get(0).couponPct());
        var rereadReport = AbsViewJson.read(AbsViewJson.write(report), AbsViews.RegulatorReport.class);
        assertEquals(report, rereadReport);

        AbsViews.Disclosure disclosure = AbsViews.disclosure(document);
        assertEquals(1, disclosure.performance().size());
        assertEquals(d("974100.00"), disclosure.performance().get(0).performance().projectedPoolBalance());
        assertEquals("BBB+", disclosure.structure().tranches().get(1).rating());
        assertEquals(1, disclosure.ratingChanges().size());

        AbsViews.ManagerRow row = AbsViews.managerRow(document);
        assertEquals(1, row.lastReportPeriod());
        assertEquals(d("974500.00"), row.poolBalance());
        assertEquals(List.<Alert>of(), reported.alerts(), "a calm period raises no alert");
        assertEquals(1, row.alerts(), "the downgrade of B from A to BBB+ is an alert");
    }
}

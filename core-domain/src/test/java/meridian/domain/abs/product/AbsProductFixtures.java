package meridian.domain.abs.product;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Assumptions;
import meridian.domain.abs.EligibilityCriteria;
import meridian.domain.abs.Fee;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;
import meridian.domain.common.Caller;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small product and the inputs of each step, shared by the domain and entity tests. */
public final class AbsProductFixtures {

    public static final Caller MANAGER = new Caller("maria", "galaxy");
    public static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    public static final String PRODUCT = "GAL-AUTO-2026-1";

    private AbsProductFixtures() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static ProductTerms terms() {
        return new ProductTerms("Galaxy Auto 2026-1", "Galaxy Leasing", "AA", AbsAssetType.AUTO_LOAN, d("1000000"),
                "CNY", "Galaxy Servicing", 4, true, true);
    }

    public static List<Loan> tape() {
        return List.of(
                new Loan("L1", d("400000.00"), d("5.5"), 36, Amortization.LEVEL_PAY, "Chen Motors", "automotive", "Shanghai", "AA"),
                new Loan("L2", d("300000.00"), d("6.0"), 48, Amortization.LEVEL_PAY, "Li Logistics", "transportation", "Jiangsu", "A"),
                new Loan("L3", d("200000.00"), d("7.0"), 24, Amortization.EQUAL_PRINCIPAL, "Wang Retail", "retail", "Zhejiang", "BBB"),
                new Loan("L4", d("100000.00"), d("9.0"), 60, Amortization.BULLET, "Zhao Mining", "coal mining", "Shanxi", "B"));
    }

    /** Refuses L4: rated B, below BBB-, and in an excluded industry. */
    public static EligibilityCriteria criteria() {
        return new EligibilityCriteria(null, null, null, null, 360, "BBB-", Set.of("coal mining"), Set.of(), Set.of(), null);
    }

    public static StructureTerms structure(WaterfallType waterfall) {
        Structure structure = new Structure(List.of(new Fee("trustee", d("0.05"))),
                List.of(new Tranche("A", d("700000.00"), d("3.0")), new Tranche("B", d("100000.00"), d("4.5")),
                        new Tranche("Sub", d("100000.00"), null)),
                waterfall, null, null, null);
        return new StructureTerms(LocalDate.of(2026, 1, 31), structure,
                new Assumptions(d("5"), d("2"), d("40"), 6), null, Map.of("A", "AAA", "B", "A"));
    }

    /** A three-period projection of the eligible pool (900,000), good enough for the rules. */
    public static CashflowSummary cashflows() {
        Map<String, CashflowSummary.TrancheFlow> flows = new LinkedHashMap<>();
        flows.put("A", new CashflowSummary.TrancheFlow(d("1750.00"), d("0.00"), d("300000.00"), d("0.00"), d("400000.00")));
        flows.put("B", new CashflowSummary.TrancheFlow(d("375.00"), d("0.00"), d("0.00"), d("0.00"), d("100000.00")));
        flows.put("Sub", new CashflowSummary.TrancheFlow(d("0.00"), d("0.00"), d("0.00"), d("0.00"), d("100000.00")));
        List<CashflowSummary.Period> periods = List.of(
                period(1, "900000.00", "1500.00", "4000.00", "290000.00", "8500.00", "600000.00", flows),
                period(2, "600000.00", "1000.00", "2700.00", "290000.00", "9000.00", "300000.00", flows),
                period(3, "300000.00", "500.00", "1300.00", "290000.00", "9500.00", "0.00", flows));
        Map<String, CashflowSummary.TrancheTotals> totals = new LinkedHashMap<>();
        totals.put("A", new CashflowSummary.TrancheTotals(d("3000.00"), d("700000.00"), d("0.00"), d("0.1500"), 1, 3, null, null, null));
        totals.put("B", new CashflowSummary.TrancheTotals(d("700.00"), d("100000.00"), d("0.00"), d("0.2500"), 3, 3, null, null, null));
        totals.put("Sub", new CashflowSummary.TrancheTotals(d("0.00"), d("100000.00"), d("0.00"), d("0.2500"), 3, 3, null, null, null));
        return new CashflowSummary(periods, totals, null);
    }

    private static CashflowSummary.Period period(int t, String begin, String defaults, String interest, String scheduled,
                                                 String prepaid, String end, Map<String, CashflowSummary.TrancheFlow> flows) {
        return new CashflowSummary.Period(t, LocalDate.of(2026, 1, 31).plusMonths(t), d(begin), d(defaults), d(interest),
                d(scheduled), d(prepaid), d("0.00"), d(end), d("37.50"), null, null, null, flows);
    }

    public static LossSummary losses() {
        Map<String, LossSummary.LossFigures> tranches = new LinkedHashMap<>();
        tranches.put("A", new LossSummary.LossFigures(d("700000.00"), d("0.00"), d("0.0000"), d("0.00"), d("0.0000"), d("0.0000")));
        tranches.put("B", new LossSummary.LossFigures(d("100000.00"), d("10.00"), d("0.0100"), d("0.00"), d("0.0000"), d("0.1000")));
        tranches.put("Sub", new LossSummary.LossFigures(d("100000.00"), d("900.00"), d("0.9000"), d("60000.00"), d("60.0000"), d("2.0000")));
        return new LossSummary("CPU", 1000, 7L, 0.15, 40, 20,
                new LossSummary.LossFigures(d("900000.00"), d("910.00"), d("0.1011"), d("60000.00"), d("6.6667"), d("2.0000")), tranches);
    }

    public static CouponEstimation coupons() {
        return new CouponEstimation(LocalDate.of(2026, 2, 10), d("2.5"), "SYNTHETIC", List.of(
                new CouponEstimation.CouponEstimate("A", "AAA", d("0.15"), d("0.7"), d("22.2222"), d("2.95"), List.of()),
                new CouponEstimation.CouponEstimate("B", "A", d("0.25"), d("0.1"), d("11.1111"), d("3.90"), List.of())));
    }

    public static ServicerReport report(int period, String date, String interest, String scheduled, String prepaid,
                                        String defaults, String recoveries, String end) {
        return new ServicerReport(period, LocalDate.parse(date), d(interest), d(scheduled), d(prepaid), d(defaults),
                d(recoveries), d(end), d("0.00"), d("0.00"), d("0.00"));
    }

    /** Runs the decision on the state and folds its events in; fails the test if it is refused. */
    public static AbsProductState step(AbsProductState state, meridian.domain.common.Decision<AbsProductEvent> decision) {
        if (decision instanceof meridian.domain.common.Decision.Reject<AbsProductEvent> reject) {
            throw new AssertionError("refused: " + reject.reason());
        }
        AbsProductState next = state;
        for (AbsProductEvent event : ((meridian.domain.common.Decision.Accept<AbsProductEvent>) decision).events()) {
            next = AbsProductRules.apply(next, event);
        }
        return next;
    }

    /** A product taken to the end of structuring: tape, screening, structure, cash flows, losses and coupons. */
    public static AbsProduct structured(WaterfallType waterfall) {
        AbsProductState s = AbsProductState.initial();
        s = step(s, AbsProductRules.originate(s, PRODUCT, terms(), MANAGER, NOW));
        s = step(s, AbsProductRules.loadTape(s, tape(), MANAGER, NOW));
        s = step(s, AbsProductRules.screen(s, criteria(), MANAGER, NOW));
        s = step(s, AbsProductRules.defineStructure(s, structure(waterfall), MANAGER, NOW));
        int basis = ((AbsProduct) s).basisVersion();
        s = step(s, AbsProductRules.recordCashflows(s, basis, cashflows(), MANAGER, NOW));
        s = step(s, AbsProductRules.recordLosses(s, basis, losses(), MANAGER, NOW));
        s = step(s, AbsProductRules.recordCoupons(s, basis, coupons(), MANAGER, NOW));
        return (AbsProduct) s;
    }

    /** A product issued and closed on 2026-02-15, in surveillance. */
    public static AbsProduct closed(WaterfallType waterfall) {
        AbsProductState s = structured(waterfall);
        s = step(s, AbsProductRules.openIssuance(s, MANAGER, NOW));
        s = step(s, AbsProductRules.placeOrder(s, new Order("O1", "Fund One", "A", d("500000.00"), d("3.0")), MANAGER, NOW));
        s = step(s, AbsProductRules.placeOrder(s, new Order("O2", "Fund Two", "B", d("100000.00"), null), MANAGER, NOW));
        s = step(s, AbsProductRules.setFinalCoupons(s, Map.of("A", d("3.0"), "B", d("4.5")), MANAGER, NOW));
        s = step(s, AbsProductRules.allocate(s, List.of(new AllocationRequest("O1", d("450000.00")),
                new AllocationRequest("O2", d("100000.00"))), MANAGER, NOW));
        s = step(s, AbsProductRules.closeIssuance(s, LocalDate.of(2026, 2, 15), ((AbsProduct) s).basisVersion(),
                cashflows(), MANAGER, NOW));
        return (AbsProduct) s;
    }
}

package meridian.domain.abs.product;

import meridian.domain.abs.CumulativeDefaultTrigger;
import meridian.domain.abs.Fee;
import meridian.domain.abs.ReserveAccount;
import meridian.domain.abs.Structure;
import meridian.domain.abs.Tranche;
import meridian.domain.abs.WaterfallType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static meridian.domain.abs.product.AbsProductFixtures.d;
import static meridian.domain.abs.product.AbsProductFixtures.report;
import static org.junit.jupiter.api.Assertions.*;

class SurveillanceWaterfallTest {

    private static final Map<String, BigDecimal> COUPONS = Map.of("A", d("3.0"), "B", d("4.5"));

    private static StructureTerms terms(WaterfallType waterfall, CumulativeDefaultTrigger trigger, ReserveAccount reserve,
                                       BigDecimal targetOc) {
        Structure structure = new Structure(List.of(new Fee("trustee", d("0.05"))),
                List.of(new Tranche("A", d("700000.00"), d("3.0")), new Tranche("B", d("100000.00"), d("4.5")),
                        new Tranche("Sub", d("100000.00"), null)), waterfall, targetOc, trigger, reserve);
        return new StructureTerms(LocalDate.of(2026, 1, 31), structure,
                new meridian.domain.abs.Assumptions(d("5"), d("2"), d("40"), 6), null, Map.of("A", "AAA", "B", "A"));
    }

    private static Surveillance start(BigDecimal reserve) {
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        balances.put("A", d("700000.00"));
        balances.put("B", d("100000.00"));
        balances.put("Sub", d("100000.00"));
        Map<String, BigDecimal> none = new LinkedHashMap<>();
        balances.keySet().forEach(k -> none.put(k, d("0.00")));
        return new Surveillance(d("900000.00"), d("900000.00"), balances, none, d("0.00"), reserve, d("0.00"), null, List.of());
    }

    private static void assertConserved(ServicerReport report, Surveillance before, WaterfallPayments paid) {
        BigDecimal in = report.interestCollected().add(report.principalCollections()).add(before.reserveBalance());
        BigDecimal out = paid.totalPaid().add(paid.reserveBalance());
        assertEquals(0, in.compareTo(out), "every cent collected is paid or reserved: in " + in + ", out " + out);
    }

    @Test
    void sequentialPaysFeesInterestThenPrincipalSeniorFirst() {
        ServicerReport r = report(1, "2026-03-10", "4000.00", "20000.00", "5000.00", "1000.00", "0.00", "874000.00");
        WaterfallPayments paid = SurveillanceWaterfall.pay(terms(WaterfallType.SEQUENTIAL, null, null, null), COUPONS,
                start(d("0.00")), r);
        assertEquals(d("37.50"), paid.feesPaid());
        assertEquals(d("1750.00"), paid.tranches().get("A").interestPaid());
        assertEquals(d("375.00"), paid.tranches().get("B").interestPaid());
        // excess interest 4000 - 37.50 - 1750 - 375 = 1837.50 joins the 25,000 of principal collections
        assertEquals(d("26837.50"), paid.tranches().get("A").principalPaid());
        assertEquals(d("673162.50"), paid.tranches().get("A").endBalance());
        assertEquals(0, paid.tranches().get("B").principalPaid().signum());
        assertEquals(0, paid.tranches().get("Sub").writeDown().signum());
        assertConserved(r, start(d("0.00")), paid);
    }

    @Test
    void interestShortfallsAreCarriedWithoutInterestOnThem() {
        ServicerReport r = report(1, "2026-03-10", "1000.00", "20000.00", "0.00", "0.00", "0.00", "880000.00");
        WaterfallPayments paid = SurveillanceWaterfall.pay(terms(WaterfallType.SEQUENTIAL, null, null, null), COUPONS,
                start(d("0.00")), r);
        assertEquals(d("962.50"), paid.tranches().get("A").interestPaid());
        assertEquals(d("787.50"), paid.tranches().get("A").interestShortfall());
        assertEquals(d("375.00"), paid.tranches().get("B").interestShortfall());
        assertEquals(d("20000.00"), paid.tranches().get("A").principalPaid());
        assertConserved(r, start(d("0.00")), paid);
    }

    @Test
    void lossesAreWrittenOffMostJuniorFirst() {
        ServicerReport r = report(1, "2026-03-10", "4000.00", "20000.00", "0.00", "150000.00", "0.00", "730000.00");
        WaterfallPayments paid = SurveillanceWaterfall.pay(terms(WaterfallType.SEQUENTIAL, null, null, null), COUPONS,
                start(d("0.00")), r);
        // notes after principal: A 700000 - 21837.50, B 100000, Sub 100000 = 878162.50 against 730000 of collateral
        assertEquals(d("100000.00"), paid.tranches().get("Sub").writeDown());
        assertEquals(d("48162.50"), paid.tranches().get("B").writeDown());
        assertEquals(0, paid.tranches().get("A").writeDown().signum());
        assertEquals(0, paid.tranches().get("Sub").endBalance().signum());
    }

    @Test
    void proRataSharesPrincipalUntilTheTriggerSwitchesToSequential() {
        ServicerReport calm = report(1, "2026-03-10", "4000.00", "20000.00", "5000.00", "1000.00", "0.00", "874000.00");
        StructureTerms proRata = terms(WaterfallType.PRO_RATA, new CumulativeDefaultTrigger(d("5")), null, null);
        WaterfallPayments shared = SurveillanceWaterfall.pay(proRata, COUPONS, start(d("0.00")), calm);
        assertFalse(shared.sequentialTriggered());
        BigDecimal a = shared.tranches().get("A").principalPaid();
        BigDecimal b = shared.tranches().get("B").principalPaid();
        assertTrue(b.signum() > 0, "B is paid alongside A");
        assertTrue(a.subtract(b.multiply(BigDecimal.valueOf(7))).abs().compareTo(d("0.10")) <= 0,
                "A gets 7 times what B gets: " + a + " vs " + b);
        assertConserved(calm, start(d("0.00")), shared);

        ServicerReport stressed = report(1, "2026-03-10", "4000.00", "20000.00", "5000.00", "50000.00", "0.00", "825000.00");
        WaterfallPayments sequential = SurveillanceWaterfall.pay(proRata, COUPONS, start(d("0.00")), stressed);
        assertTrue(sequential.sequentialTriggered(), "50,000 of defaults is 5.6% of the cut-off pool, above 5%");
        assertEquals(0, sequential.tranches().get("B").principalPaid().signum());
    }

    @Test
    void theReserveCoversShortfallsAndIsToppedUpFromExcessInterest() {
        StructureTerms withReserve = terms(WaterfallType.SEQUENTIAL, null, new ReserveAccount(d("5000.00"), d("1")), null);
        ServicerReport thin = report(1, "2026-03-10", "1000.00", "20000.00", "0.00", "0.00", "0.00", "880000.00");
        WaterfallPayments covered = SurveillanceWaterfall.pay(withReserve, COUPONS, start(d("5000.00")), thin);
        assertEquals(0, covered.tranches().get("A").interestShortfall().signum());
        assertEquals(d("1162.50"), covered.reserveDraw());
        assertEquals(d("3837.50"), covered.reserveBalance());
        assertConserved(thin, start(d("5000.00")), covered);

        ServicerReport rich = report(1, "2026-03-10", "6000.00", "20000.00", "0.00", "0.00", "0.00", "880000.00");
        WaterfallPayments topped = SurveillanceWaterfall.pay(withReserve, COUPONS, start(d("5000.00")), rich);
        assertEquals(d("8800.00"), topped.reserveBalance(), "topped up to 1% of the pool");
        assertConserved(rich, start(d("5000.00")), topped);
    }

    @Test
    void targetOvercollateralisationReleasesWhatTheNotesDoNotNeed() {
        StructureTerms oc = terms(WaterfallType.TARGET_OC, null, null, d("10"));
        ServicerReport r = report(1, "2026-03-10", "4000.00", "20000.00", "5000.00", "0.00", "0.00", "875000.00");
        WaterfallPayments paid = SurveillanceWaterfall.pay(oc, COUPONS, start(d("0.00")), r);
        // rated notes may be 90% of 875,000 = 787,500: A is paid 12,500 and the rest goes to Sub
        assertEquals(d("12500.00"), paid.tranches().get("A").principalPaid());
        assertTrue(paid.tranches().get("Sub").principalPaid().signum() > 0);
        assertConserved(r, start(d("0.00")), paid);
    }
}

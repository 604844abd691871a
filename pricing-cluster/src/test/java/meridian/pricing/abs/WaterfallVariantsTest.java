package meridian.pricing.abs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import meridian.domain.abs.Deal;
import meridian.domain.abs.DealJson;

/** Pro-rata and target-OC waterfalls, the cumulative-default trigger, the reserve, rate vectors and valuation. */
class WaterfallVariantsTest {
    private static final String SPEC = TestDeals.resource("spec-example.deal.json");

    private static CashflowProjection run(String json) {
        return CashflowEngine.project(DealJson.read(json));
    }

    private static String withStructure(String json, String waterfallAndExtras) {
        return json.replace("\"waterfall\": \"SEQUENTIAL\"", waterfallAndExtras);
    }

    @Test
    void proRataSharesPrincipalByBalance() {
        CashflowProjection p = run(withStructure(SPEC, "\"waterfall\": \"PRO_RATA\""));
        double a = p.tranche("A").principalPaid(1);
        double b = p.tranche("B").principalPaid(1);
        double sub = p.tranche("Sub").principalPaid(1);
        assertTrue(a > 0);
        assertEquals(8, a / b, 1e-9);
        assertEquals(1, b / sub, 1e-9);
        assertTrue(p.tranche("B").summary().walYears() < run(SPEC).tranche("B").summary().walYears());
    }

    @Test
    void cumulativeDefaultTriggerSwitchesProRataToSequential() {
        // 2% CDR reaches 0.5% of the original pool in the fourth month
        CashflowProjection p = run(withStructure(SPEC, "\"waterfall\": \"PRO_RATA\", \"trigger\": {\"cumulativeDefaultPct\": 0.5}"));
        Optional<Integer> breach = p.triggerBreachPeriod();
        assertEquals(Optional.of(4), breach);
        assertTrue(p.tranche("B").principalPaid(3) > 0);
        assertEquals(0, p.tranche("B").principalPaid(4));
        assertEquals(0, p.tranche("Sub").principalPaid(10));
        assertTrue(p.tranche("A").principalPaid(4) > p.tranche("A").principalPaid(3));
        JsonNode json = ProjectionJson.toJson(p);
        assertEquals(4, json.get("triggerBreachPeriod").asInt());
        assertFalse(json.get("periods").get(2).get("sequentialTriggered").asBoolean());
        assertTrue(json.get("periods").get(3).get("sequentialTriggered").asBoolean());
        CashflowProjection untriggered = run(withStructure(SPEC, "\"waterfall\": \"PRO_RATA\", \"trigger\": {\"cumulativeDefaultPct\": 50}"));
        assertEquals(Optional.empty(), untriggered.triggerBreachPeriod());
    }

    @Test
    void targetOcTurbosTheSeniorUntilTheTargetThenReleasesToTheSub() {
        CashflowProjection p = run(withStructure(SPEC, "\"waterfall\": \"TARGET_OC\", \"targetOcPct\": 15"));
        assertEquals(0, p.tranche("Sub").principalPaid(1));
        int firstRelease = 0;
        for (int t = 1; t <= p.periods() && firstRelease == 0; t++) {
            if (p.tranche("Sub").principalPaid(t) > 0) firstRelease = t;
        }
        assertTrue(firstRelease > 1, "the sub receives releases once OC is built");
        assertTrue(p.tranche("A").endBalance(firstRelease) > 0, "releases start while the senior is outstanding");
        double collateral = p.pool().endBalance(firstRelease);
        for (int t = firstRelease + 1; t <= p.periods(); t++) collateral += p.pool().recoveries(t);
        double rated = p.tranche("A").endBalance(firstRelease) + p.tranche("B").endBalance(firstRelease);
        assertEquals(0.15, (collateral - rated) / collateral, 1e-9);
        assertTrue(p.tranche("Sub").summary().firstPrincipalPeriod() < run(SPEC).tranche("Sub").summary().firstPrincipalPeriod());
    }

    @Test
    void reserveCoversInterestShortfallsAndIsReleasedAtTheEnd() {
        String stressed = TestDeals.resource("stressed.deal.json");
        CashflowProjection without = run(stressed);
        CashflowProjection with = run(withStructure(stressed,
                "\"waterfall\": \"SEQUENTIAL\", \"reserve\": {\"initialBalance\": 20000, \"targetPct\": 2}"));
        assertTrue(with.tranche("A").summary().totalInterest() > without.tranche("A").summary().totalInterest());
        assertTrue(with.reserveDraw(1) > 0);
        assertEquals(0, with.reserveBalance(with.periods()), 1e-9);
        double in = 20000;
        double out = 0;
        for (int t = 1; t <= with.periods(); t++) {
            in += with.pool().interest(t) + with.pool().principalCollections(t);
            out += with.feesPaid(t);
            for (TrancheCashflows tranche : with.tranches()) out += tranche.interestPaid(t) + tranche.principalPaid(t);
        }
        assertEquals(in, out, 1e-6);
    }

    @Test
    void rateVectorsApplyByPeriod() {
        CashflowProjection flat = run(SPEC);
        CashflowProjection vector = run(SPEC.replace("\"cdrPct\": 2.0", "\"cdrVectorPct\": [2.0]"));
        assertEquals(flat.pool().defaults(20), vector.pool().defaults(20));
        CashflowProjection burst = run(SPEC.replace("\"cdrPct\": 2.0", "\"cdrVectorPct\": [2.0, 2.0, 0]")
                .replace("\"cprPct\": 5.0", "\"cprVectorPct\": [0, 30]"));
        assertTrue(burst.pool().defaults(2) > 0);
        assertEquals(0, burst.pool().defaults(3));
        assertEquals(0, burst.pool().prepayments(1));
        assertTrue(burst.pool().prepayments(2) > flat.pool().prepayments(2) * 5);
        assertEquals(flat.pool().defaults(1), burst.pool().defaults(1));
    }

    @Test
    void aSeniorTrancheDiscountedAtItsOwnCouponPricesAtPar() {
        double continuous = 12 * Math.log(1 + 0.03 / 12) * 100;
        String deal = SPEC.substring(0, SPEC.length() - 1)
                + ", \"discountCurve\": [{\"tenorYears\": 1, \"zeroRatePct\": " + continuous + "}]}";
        CashflowProjection p = run(deal);
        TrancheValuation a = p.valuations().orElseThrow().get(0);
        assertEquals(100.0, a.pricePct(), 1e-9);
        assertEquals(3.0, a.yieldPct(), 1e-8);
        TrancheValuation b = p.valuations().orElseThrow().get(1);
        assertTrue(b.pricePct() > 100, "B pays 4.5% and is discounted at 3%");
        assertEquals(3.0, b.yieldPct(), 1e-6, "on a flat curve the yield at the model price is the curve's rate");
        JsonNode json = ProjectionJson.toJson(p);
        assertEquals(0, json.get("tranches").get("A").get("pricePct").decimalValue().compareTo(new java.math.BigDecimal("100.000000")));
        Deal plain = DealJson.read(SPEC);
        assertFalse(ProjectionJson.toJson(CashflowEngine.project(plain)).get("tranches").get("A").has("pricePct"));
    }
}

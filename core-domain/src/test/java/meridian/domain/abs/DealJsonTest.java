package meridian.domain.abs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

class DealJsonTest {

    static final String SPEC_DEAL = """
            {"pool": {"cutoffDate": "2026-01-31",
                      "loans": [{"id": "L1", "balance": 1000000.00, "ratePct": 5.5, "remainingTermMonths": 36,
                                 "amortization": "LEVEL_PAY", "obligor": "Acme", "industry": "Retail", "region": "East", "rating": "AA"}]},
             "assumptions": {"cprPct": 5.0, "cdrPct": 2.0, "recoveryPct": 40.0, "recoveryLagMonths": 6},
             "structure": {"fees": [{"name": "trustee", "ratePct": 0.05}],
                           "tranches": [{"name": "A", "balance": 800000.00, "couponPct": 3.0},
                                        {"name": "B", "balance": 100000.00, "couponPct": 4.5},
                                        {"name": "Sub", "balance": 100000.00, "couponPct": null}],
                           "waterfall": "SEQUENTIAL"}}""";

    private static List<String> fields(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> DealJson.read(json));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsTheContractsExampleExactly() {
        Deal deal = DealJson.read(SPEC_DEAL);
        assertEquals(new BigDecimal("1000000.00"), deal.pool().loans().get(0).balance());
        assertEquals(Amortization.LEVEL_PAY, deal.pool().loans().get(0).amortization());
        assertEquals(3, deal.structure().tranches().size());
        assertTrue(deal.structure().tranches().get(2).subordinated());
        assertEquals(6, deal.assumptions().recoveryLagMonths());
        assertNull(deal.discountCurve());
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        String json = SPEC_DEAL.replace("\"balance\": 1000000.00", "\"balance\": -1")
                .replace("\"amortization\": \"LEVEL_PAY\"", "\"amortization\": \"BALLOON\"")
                .replace("\"cdrPct\": 2.0, ", "")
                .replace("\"SEQUENTIAL\"", "\"TURBO\"");
        List<String> fields = fields(json);
        assertTrue(fields.contains("pool.loans[0].balance"), fields.toString());
        assertTrue(fields.contains("pool.loans[0].amortization"), fields.toString());
        assertTrue(fields.contains("assumptions.cdrPct"), fields.toString());
        assertTrue(fields.contains("structure.waterfall"), fields.toString());
    }

    @Test
    void pointsAtTheBadLoanByIndex() {
        String json = SPEC_DEAL.replace("\"rating\": \"AA\"}]}", "\"rating\": \"AA\"}, "
                + "{\"id\": \"L2\", \"balance\": 5, \"ratePct\": 4, \"remainingTermMonths\": -3, \"amortization\": \"BULLET\"}]}");
        assertEquals(List.of("pool.loans[1].remainingTermMonths"), fields(json));
    }

    @Test
    void rejectsTranchesThatDoNotAddUpToThePool() {
        assertEquals(List.of("structure.tranches"), fields(SPEC_DEAL.replace("\"balance\": 100000.00, \"couponPct\": null",
                "\"balance\": 100002.00, \"couponPct\": null")));
        // within 1 CNY is accepted
        DealJson.read(SPEC_DEAL.replace("\"balance\": 100000.00, \"couponPct\": null", "\"balance\": 100000.99, \"couponPct\": null"));
    }

    @Test
    void rejectsMissingSectionsAndWrongTypes() {
        assertEquals(List.of("assumptions"), fields(SPEC_DEAL.replace("\"assumptions\"", "\"assumption\"")));
        assertEquals(List.of("assumptions.recoveryPct"), fields(SPEC_DEAL.replace("\"recoveryPct\": 40.0", "\"recoveryPct\": \"40\"")));
        assertEquals(List.of("pool.cutoffDate"), fields(SPEC_DEAL.replace("2026-01-31", "31/01/2026")));
        assertEquals(List.of(""), fields("{broken"));
    }

    @Test
    void requiresTheSubordinatedTrancheLastAndCouponsOnRatedOnes() {
        List<String> fields = fields(SPEC_DEAL.replace("\"couponPct\": 4.5", "\"couponPct\": null")
                .replace("\"couponPct\": null}],", "\"couponPct\": 7}],"));
        assertTrue(fields.contains("structure.tranches[1].couponPct"), fields.toString());
        assertTrue(fields.contains("structure.tranches[2].couponPct"), fields.toString());
    }

    @Test
    void readsTheOptionalWaterfallFeaturesAndVectors() {
        String json = SPEC_DEAL.replace("\"waterfall\": \"SEQUENTIAL\"", "\"waterfall\": \"TARGET_OC\", \"targetOcPct\": 12,"
                        + " \"trigger\": {\"cumulativeDefaultPct\": 3}, \"reserve\": {\"initialBalance\": 10000, \"targetPct\": 1}")
                .replace("\"cprPct\": 5.0", "\"cprVectorPct\": [2, 4, 6]")
                .replace("\"waterfall\"", "\"waterfall\"")
                + "";
        json = json.substring(0, json.length() - 1)
                + ", \"discountCurve\": [{\"tenorYears\": 1, \"zeroRatePct\": 2.0}, {\"tenorYears\": 5, \"zeroRatePct\": 3.0}]}";
        Deal deal = DealJson.read(json);
        assertEquals(WaterfallType.TARGET_OC, deal.structure().waterfall());
        assertEquals(0, deal.structure().trigger().thresholdPct().compareTo(BigDecimal.valueOf(3)));
        assertEquals(6.0, deal.assumptions().cprPctAt(10));
        assertEquals(4.0, deal.assumptions().cprPctAt(2));
        assertEquals(0.025, deal.discountCurve().zeroRate(3), 1e-12);
    }

    @Test
    void writesADealThatReadsBackEqual() {
        String json = SPEC_DEAL.replace("\"waterfall\": \"SEQUENTIAL\"", "\"waterfall\": \"PRO_RATA\","
                        + " \"trigger\": {\"cumulativeDefaultPct\": 3}, \"reserve\": {\"initialBalance\": 10000, \"targetPct\": 1}")
                .replace("\"cdrPct\": 2.0", "\"cdrVectorPct\": [1, 2.5]");
        Deal deal = DealJson.read(json);
        assertEquals(deal, DealJson.fromTree(DealJson.toTree(deal)));
        Deal spec = DealJson.read(SPEC_DEAL);
        assertEquals(spec, DealJson.read(DealJson.toTree(spec).toString()));
    }

    @Test
    void rejectsAbsurdTermsAndLags() {
        assertEquals(List.of("pool.loans[0].remainingTermMonths", "assumptions.recoveryLagMonths"),
                fields(SPEC_DEAL.replace("\"remainingTermMonths\": 36", "\"remainingTermMonths\": 100000")
                        .replace("\"recoveryLagMonths\": 6", "\"recoveryLagMonths\": 1000")));
    }

    @Test
    void targetOcNeedsItsTarget() {
        assertEquals(List.of("structure.targetOcPct"), fields(SPEC_DEAL.replace("\"SEQUENTIAL\"", "\"TARGET_OC\"")));
    }
}

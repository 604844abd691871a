package meridian.pricing.abs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import meridian.domain.abs.Deal;
import meridian.domain.abs.DealJson;

/**
 * The contract's base case, to the cent. The expected files come from base_case_reference.py, an
 * independent implementation written from the contract's text (see that file).
 */
class CashflowEngineBaseCaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"spec-example", "mixed-pool", "stressed"})
    void matchesTheIndependentReferenceToTheCent(String name) throws Exception {
        Deal deal = DealJson.read(TestDeals.resource(name + ".deal.json"));
        JsonNode actual = DealJson.MAPPER.readTree(DealJson.MAPPER.writeValueAsString(
                ProjectionJson.toJson(CashflowEngine.project(deal))));
        JsonNode expected = DealJson.MAPPER.readTree(TestDeals.resource(name + ".expected.json"));
        assertSame(expected, actual, "");
    }

    @Test
    void specExampleFirstPeriodFollowsTheFormulasByHand() {
        Deal deal = DealJson.read(TestDeals.resource("spec-example.deal.json"));
        CashflowProjection projection = CashflowEngine.project(deal);
        double mdr = 1 - Math.pow(0.98, 1.0 / 12);
        double smm = 1 - Math.pow(0.95, 1.0 / 12);
        double performing = 1_000_000 * (1 - mdr);
        double r = 5.5 / 1200;
        double interest = performing * r;
        double scheduled = performing * r / (1 - Math.pow(1 + r, -36)) - interest;
        double prepaid = (performing - scheduled) * smm;
        PoolCashflows pool = projection.pool();
        assertEquals(Money.cents(1_000_000 * mdr), Money.cents(pool.defaults(1)));
        assertEquals(Money.cents(interest), Money.cents(pool.interest(1)));
        assertEquals(Money.cents(scheduled), Money.cents(pool.scheduledPrincipal(1)));
        assertEquals(Money.cents(prepaid), Money.cents(pool.prepayments(1)));
        double fees = 0.05 / 1200 * 1_000_000;
        assertEquals(Money.cents(fees), Money.cents(projection.feesPaid(1)));
        assertEquals(new BigDecimal("2000.00"), Money.cents(projection.tranche("A").interestPaid(1)));
        assertEquals(new BigDecimal("375.00"), Money.cents(projection.tranche("B").interestPaid(1)));
        double excessInterest = interest - fees - 2000 - 375;
        assertEquals(Money.cents(scheduled + prepaid + excessInterest), Money.cents(projection.tranche("A").principalPaid(1)));
        assertEquals("2026-02-28", projection.date(1).toString());
        assertEquals("2026-03-31", projection.date(2).toString());
        // 36 months of loan life, then the last default's recovery six months later
        assertEquals(42, projection.periods());
    }

    @Test
    void everyCentCollectedIsPaidOutOrAccountedFor() {
        Deal deal = DealJson.read(TestDeals.resource("mixed-pool.deal.json"));
        CashflowProjection projection = CashflowEngine.project(deal);
        double collected = 0;
        double paid = 0;
        for (int t = 1; t <= projection.periods(); t++) {
            collected += projection.pool().interest(t) + projection.pool().principalCollections(t);
            paid += projection.feesPaid(t);
            for (TrancheCashflows tranche : projection.tranches()) {
                paid += tranche.interestPaid(t) + tranche.principalPaid(t);
            }
        }
        assertEquals(collected, paid, 1e-6);
        for (TrancheCashflows tranche : projection.tranches()) {
            assertEquals(0, tranche.endBalance(projection.periods()), 1e-6, tranche.name());
        }
    }

    private static void assertSame(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path);
            assertEquals(expected.size(), actual.size(), path + " field count");
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertTrue(actual.has(field.getKey()), path + "." + field.getKey() + " missing");
                assertSame(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), path + " length");
            for (int i = 0; i < expected.size(); i++) assertSame(expected.get(i), actual.get(i), path + "[" + i + "]");
        } else if (expected.isNull()) {
            assertTrue(actual.isNull(), path + " should be null but is " + actual);
        } else if (expected.isTextual() && actual.isNumber()) {
            assertEquals(0, new BigDecimal(expected.asText()).compareTo(actual.decimalValue()),
                    path + ": expected " + expected.asText() + " but was " + actual.decimalValue());
        } else {
            assertEquals(expected.asText(), actual.asText(), path);
        }
    }
}

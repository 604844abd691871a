package meridian.domain.pricing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.product.Snowball;
import org.junit.jupiter.api.Test;

class PricingJsonTest {
    private final PricingJson json = new PricingJson(Set.of("000905.SH", "000300.SH")::contains);

    private static final String MARKET =
            "\"market\":{\"valuationDate\":\"2026-01-05\",\"spot\":100.0,\"vol\":0.25,\"rate\":0.02}";

    private static String snowball(String extra) {
        return "{\"product\":{\"type\":\"SNOWBALL\",\"underlying\":\"000905.SH\",\"notional\":1000000,"
                + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"knockOutPct\":103,\"knockInPct\":75"
                + extra + "}," + MARKET + "}";
    }

    private List<String> fieldsOf(String line) {
        ValidationException e = assertThrows(ValidationException.class, () -> json.read(line));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void readsASnowballWithTheContractDefaults() {
        PriceRequest request = (PriceRequest) json.read(snowball(",\"couponPct\":15"));
        Snowball product = assertInstanceOf(Snowball.class, request.product());
        assertEquals(15.0, product.effectiveDividendCouponPct());
        assertEquals(0, product.lockMonths());
        assertEquals(100.0, request.market().initialPrice());
        assertEquals(0.0, request.market().dividendYield());
        assertEquals(CalendarId.CN_SSE, request.calendar());
        assertEquals(PriceRequest.DEFAULT_PATHS, request.paths());
        assertNull(request.method());
    }

    @Test
    void aLineWithSolveForIsASolveAndMayOmitTheSolvedField() {
        SolveRequest request = assertInstanceOf(SolveRequest.class,
                json.read(snowball("").replace("}}", "},\"solveFor\":\"COUPON\",\"targetPv\":-1000}")));
        assertEquals(SolveFor.COUPON, request.solveFor());
        assertEquals(-1000.0, request.targetPv());
    }

    @Test
    void knockInAboveKnockOutNamesKnockIn() {
        assertEquals(List.of("product.knockInPct"),
                fieldsOf(snowball(",\"couponPct\":15").replace("\"knockInPct\":75", "\"knockInPct\":110")));
    }

    @Test
    void expiryBeforeStartNamesExpiryDate() {
        assertEquals(List.of("product.expiryDate"), fieldsOf(snowball(",\"couponPct\":15")
                .replace("\"tenorMonths\":12", "\"expiryDate\":\"2025-12-01\"")));
    }

    @Test
    void negativeVolNamesMarketVol() {
        assertEquals(List.of("market.vol"), fieldsOf(snowball(",\"couponPct\":15").replace("0.25", "-0.25")));
    }

    @Test
    void unknownUnderlyingNamesUnderlying() {
        assertEquals(List.of("product.underlying"),
                fieldsOf(snowball(",\"couponPct\":15").replace("000905.SH", "999999.XX")));
    }

    @Test
    void unknownTypeNamesType() {
        assertEquals(List.of("product.type"), fieldsOf(snowball(",\"couponPct\":15").replace("SNOWBALL", "AUTOCALL")));
    }

    @Test
    void missingRequiredFieldIsNamedNeverDefaulted() {
        assertEquals(List.of("product.couponPct"), fieldsOf(snowball("")));
        assertEquals(List.of("market.spot"), fieldsOf(snowball(",\"couponPct\":15").replace("\"spot\":100.0,", "")));
    }

    @Test
    void everyBadFieldIsReportedTogether() {
        List<String> fields = fieldsOf(snowball(",\"couponPct\":\"high\"").replace("0.25", "-1")
                .replace("000905.SH", "NOPE"));
        assertTrue(fields.containsAll(List.of("product.couponPct", "market.vol", "product.underlying")), fields.toString());
    }

    @Test
    void misspelledKeysAreRejected() {
        assertEquals(List.of("product.knockinPct"),
                fieldsOf(snowball(",\"couponPct\":15,\"knockinPct\":70")));
    }

    @Test
    void valuationAfterExpiryNamesValuationDate() {
        assertEquals(List.of("market.valuationDate"),
                fieldsOf(snowball(",\"couponPct\":15").replace("2026-01-05\",\"spot", "2027-03-01\",\"spot")));
    }

    @Test
    void malformedJsonIsAFieldErrorOnTheBody() {
        assertEquals(List.of("body"), fieldsOf("{\"product\":"));
    }

    @Test
    void wrongMethodAndPathsAreNamed() {
        assertEquals(List.of("method", "paths"),
                fieldsOf(snowball(",\"couponPct\":15").replace("}}", "},\"method\":\"TREE\",\"paths\":0}")));
    }

    @Test
    void problemDocumentCarriesStatusAndFields() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> json.read(snowball(",\"couponPct\":15").replace("0.25", "-0.25")));
        String text = json.write(PricingProblem.of(e));
        assertTrue(text.contains("\"status\":400"), text);
        assertTrue(text.contains("{\"field\":\"market.vol\""), text);
    }
}

package meridian.domain.deal;

import meridian.domain.common.Decision;
import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DealTest {

    static DealTerms terms(String pricePct) {
        return new DealTerms("VANILLA", "builtin:VANILLA", "300750.SZ", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 23), new BigDecimal("10000000.00"), "CNY",
                "PREMIUM", new BigDecimal(pricePct), "client-7", "r1", Map.of("strikePct", new BigDecimal("100")),
                "{\"type\":\"VANILLA\"}");
    }

    @Test
    void bookingIsRecordedOnceAndARetryIsANoOp() {
        Instant now = Instant.parse("2026-11-23T02:00:00Z");
        Decision<DealEvent> first = Deal.NONE.book("d1", "galaxy", terms("4.35"), "tom", now);
        Deal booked = Deal.NONE.apply(((Decision.Accept<DealEvent>) first).events().get(0));
        assertEquals("Booked", booked.status());
        assertEquals(new BigDecimal("10000000.00"), booked.terms().notional());
        assertEquals(0, ((Decision.Accept<DealEvent>) booked.book("d1", "galaxy", terms("4.35"), "tom", now)).events().size());
        assertTrue(((Decision.Reject<DealEvent>) booked.book("d1", "galaxy", terms("4.50"), "tom", now)).reason().contains("other terms"));
    }

    @Test
    void termsNameEveryBadField() {
        ValidationException e = assertThrows(ValidationException.class, () -> new DealTerms("VANILLA", "", "300750.SZ",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 1), BigDecimal.ZERO, "CNY",
                "PRICE", BigDecimal.ONE, "c", "r", null, "{}"));
        assertEquals(java.util.List.of("templateVersion", "priceKind", "expiryDate", "notional"),
                e.errors().stream().map(f -> f.field()).toList());
    }
}

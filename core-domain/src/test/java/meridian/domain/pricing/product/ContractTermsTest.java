package meridian.domain.pricing.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.schedule.ResolvedSchedule;
import org.junit.jupiter.api.Test;

class ContractTermsTest {
    private static ContractTerms terms(LocalDate start, LocalDate expiry, Integer tenor) {
        return new ContractTerms("000300.SH", new BigDecimal("1000000"), start, expiry, tenor);
    }

    @Test
    void monthlyDatesClampToMonthEndThenRollToTheNextTradingDay() {
        ResolvedSchedule s = terms(LocalDate.of(2026, 1, 31), null, 3)
                .resolve(TradingCalendars.of(CalendarId.WEEKDAYS));
        // Feb 28 2026 is a Saturday; Mar 31 a Tuesday; Apr 30 a Thursday.
        assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)),
                s.monthlyDates());
        assertEquals(LocalDate.of(2026, 4, 30), s.expiryDate());
    }

    @Test
    void monthlyDatesRollOverExchangeHolidaysOnShanghai() {
        ContractTerms t = terms(LocalDate.of(2026, 1, 16), null, 1);
        assertEquals(LocalDate.of(2026, 2, 24), t.resolve(TradingCalendars.of(CalendarId.CN_SSE)).expiryDate());
        assertEquals(LocalDate.of(2026, 2, 16), t.resolve(TradingCalendars.of(CalendarId.WEEKDAYS)).expiryDate());
    }

    @Test
    void dailyObservationsAreTradingDaysAfterStartUpToExpiry() {
        ResolvedSchedule s = terms(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), null)
                .resolve(TradingCalendars.of(CalendarId.CN_SSE));
        assertEquals(List.of(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8),
                LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 12)), s.dailyDates());
        assertEquals(List.of(), s.monthlyDates());
    }

    @Test
    void expiryThatDisagreesWithTenorIsRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> terms(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 4), 12)
                        .resolve(TradingCalendars.of(CalendarId.CN_SSE)));
        assertEquals("product.expiryDate", e.errors().get(0).field());
        // 2027-01-05 is the 12-month date: agreeing inputs are fine.
        assertEquals(LocalDate.of(2027, 1, 5), terms(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 5), 12)
                .resolve(TradingCalendars.of(CalendarId.CN_SSE)).expiryDate());
    }

    @Test
    void expiryBeforeStartOrMissingIsRejected() {
        assertEquals("product.expiryDate", assertThrows(ValidationException.class,
                () -> terms(LocalDate.of(2026, 1, 5), LocalDate.of(2025, 1, 5), null)).errors().get(0).field());
        assertEquals("product.expiryDate", assertThrows(ValidationException.class,
                () -> terms(LocalDate.of(2026, 1, 5), null, null)).errors().get(0).field());
    }

    @Test
    void datesBeyondTheShippedHolidayListAreRejectedNotGuessed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> terms(LocalDate.of(2030, 6, 3), null, 12).resolve(TradingCalendars.of(CalendarId.CN_SSE)));
        assertEquals("product.tenorMonths", e.errors().get(0).field());
    }

    @Test
    void knockInAboveKnockOutIsRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Snowball(terms(LocalDate.of(2026, 1, 5), null, 12), 100, 105, 10, 0, null));
        assertEquals("product.knockInPct", e.errors().get(0).field());
    }
}

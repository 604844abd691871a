package meridian.domain.pricing.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TradingCalendarsTest {
    private final TradingCalendar sse = TradingCalendars.of(CalendarId.CN_SSE);
    private final TradingCalendar weekdays = TradingCalendars.of(CalendarId.WEEKDAYS);

    @Test
    void shanghaiClosesOnSpringFestivalAndNationalDay() {
        assertFalse(sse.isTradingDay(LocalDate.of(2026, 2, 16)));
        assertFalse(sse.isTradingDay(LocalDate.of(2026, 2, 23)));
        assertTrue(sse.isTradingDay(LocalDate.of(2026, 2, 24)));
        assertFalse(sse.isTradingDay(LocalDate.of(2025, 10, 8)));
        assertTrue(sse.isTradingDay(LocalDate.of(2025, 10, 9)));
        assertFalse(sse.isTradingDay(LocalDate.of(2024, 2, 9)));
    }

    @Test
    void makeUpWorkingSaturdaysStayClosedOnTheExchange() {
        // 2026-02-14 is a State Council make-up working Saturday; the exchange does not open.
        assertFalse(sse.isTradingDay(LocalDate.of(2026, 2, 14)));
    }

    @Test
    void shanghaiHasAboutTwoHundredFortyTradingDaysAYear() {
        for (int year = 2024; year <= 2030; year++) {
            int count = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (sse.isTradingDay(d)) {
                    count++;
                }
            }
            assertTrue(count >= 238 && count <= 246, year + " has " + count + " trading days");
        }
    }

    @Test
    void weekdaysCalendarOnlySkipsWeekends() {
        assertTrue(weekdays.isTradingDay(LocalDate.of(2026, 2, 16)));
        assertFalse(weekdays.isTradingDay(LocalDate.of(2026, 2, 14)));
        assertEquals(LocalDate.of(2026, 2, 16), weekdays.nextOrSame(LocalDate.of(2026, 2, 14)));
        assertEquals(LocalDate.of(2026, 2, 24), sse.nextOrSame(LocalDate.of(2026, 2, 14)));
    }

    @Test
    void shanghaiRefusesDatesWithoutHolidayData() {
        assertFalse(sse.covers(LocalDate.of(2031, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> sse.isTradingDay(LocalDate.of(2031, 1, 2)));
    }
}

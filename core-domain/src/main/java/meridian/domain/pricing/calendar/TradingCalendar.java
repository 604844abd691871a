package meridian.domain.pricing.calendar;

import java.time.LocalDate;

/** Which days the underlying closes: observation and roll dates come from here. */
public interface TradingCalendar {
    CalendarId id();

    /** Whether the calendar knows the given date (holiday data exists for it). */
    boolean covers(LocalDate date);

    /** Whether the date is a trading day; only meaningful for covered dates. */
    boolean isTradingDay(LocalDate date);

    /** The date itself when it is a trading day, else the next trading day. */
    default LocalDate nextOrSame(LocalDate date) {
        LocalDate day = date;
        while (!isTradingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}

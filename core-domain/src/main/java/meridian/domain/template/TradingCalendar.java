package meridian.domain.template;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The days on which the underlying fixes; schedules roll onto them. */
@FunctionalInterface
public interface TradingCalendar {
    /** Every Monday to Friday. */
    TradingCalendar WEEKDAYS = date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;

    boolean isTradingDay(LocalDate date);

    /** The date itself when it is a trading day, else the next trading day. */
    default LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < 366; i++) {
            if (isTradingDay(day)) {
                return day;
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no trading day within a year after " + date);
    }
}

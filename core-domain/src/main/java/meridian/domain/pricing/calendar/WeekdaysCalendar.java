package meridian.domain.pricing.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Every Monday to Friday. */
public final class WeekdaysCalendar implements TradingCalendar {
    public static final WeekdaysCalendar INSTANCE = new WeekdaysCalendar();

    private WeekdaysCalendar() {
    }

    @Override
    public CalendarId id() {
        return CalendarId.WEEKDAYS;
    }

    @Override
    public boolean covers(LocalDate date) {
        return true;
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}

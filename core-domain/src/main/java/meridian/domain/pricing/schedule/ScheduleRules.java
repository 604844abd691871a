package meridian.domain.pricing.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.pricing.calendar.TradingCalendar;

/** The contract's date conventions. */
public final class ScheduleRules {
    private ScheduleRules() {
    }

    /** {@code start} plus m months (same day of month, clamped to month end), rolled forward to a trading day. */
    public static LocalDate monthlyDate(LocalDate start, int months, TradingCalendar calendar) {
        return calendar.nextOrSame(start.plusMonths(months));
    }

    /** Every trading day after {@code start} up to and including {@code expiry}. */
    public static List<LocalDate> dailyObservations(LocalDate start, LocalDate expiry, TradingCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = start.plusDays(1); !day.isAfter(expiry); day = day.plusDays(1)) {
            if (calendar.isTradingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }
}

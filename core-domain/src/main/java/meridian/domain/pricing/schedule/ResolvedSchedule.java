package meridian.domain.pricing.schedule;

import java.time.LocalDate;
import java.util.List;
import meridian.domain.pricing.calendar.CalendarId;

/**
 * A product's dates on one calendar: monthly dates m = 1, 2, ... (element m-1) up to expiry,
 * and the daily observation dates (trading days after start, up to and including expiry).
 */
public record ResolvedSchedule(
        CalendarId calendar,
        LocalDate startDate,
        LocalDate expiryDate,
        List<LocalDate> monthlyDates,
        List<LocalDate> dailyDates) {

    public ResolvedSchedule {
        monthlyDates = List.copyOf(monthlyDates);
        dailyDates = List.copyOf(dailyDates);
        if (!expiryDate.isAfter(startDate)) {
            throw new IllegalArgumentException("expiry " + expiryDate + " not after start " + startDate);
        }
    }

    /** The monthly date m (1-based). */
    public LocalDate monthlyDate(int m) {
        return monthlyDates.get(m - 1);
    }

    public int months() {
        return monthlyDates.size();
    }
}

package meridian.domain.pricing.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Weekdays minus a list of exchange holidays, valid only for the years the list covers.
 * The list file has one ISO date per line, '#' comments, and a line {@code coverage: FROM-TO} (years).
 */
public final class HolidayCalendar implements TradingCalendar {
    private final CalendarId id;
    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;

    public HolidayCalendar(CalendarId id, Set<LocalDate> holidays, int firstYear, int lastYear) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("coverage " + firstYear + "-" + lastYear);
        }
        this.id = id;
        this.holidays = Set.copyOf(holidays);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public static HolidayCalendar fromResource(CalendarId id, String resource) {
        InputStream stream = HolidayCalendar.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing calendar resource " + resource);
        }
        Set<LocalDate> days = new HashSet<>();
        int first = 0;
        int last = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String text = line.strip();
                if (text.startsWith("coverage:")) {
                    String[] years = text.substring("coverage:".length()).strip().split("-");
                    first = Integer.parseInt(years[0].strip());
                    last = Integer.parseInt(years[1].strip());
                } else if (!text.isEmpty() && !text.startsWith("#")) {
                    int comment = text.indexOf('#');
                    days.add(LocalDate.parse((comment >= 0 ? text.substring(0, comment) : text).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidayCalendar(id, days, first, last);
    }

    @Override
    public CalendarId id() {
        return id;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    @Override
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException(id + " has no holiday data for " + date);
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }
}

package meridian.domain.pricing.calendar;

/** The calendars by id; CN_SSE is loaded once from the shipped holiday list. */
public final class TradingCalendars {
    private static final String CN_SSE_RESOURCE = "/meridian/calendars/cn_sse_holidays.txt";

    private TradingCalendars() {
    }

    private static final class CnSse {
        static final HolidayCalendar INSTANCE = HolidayCalendar.fromResource(CalendarId.CN_SSE, CN_SSE_RESOURCE);
    }

    public static TradingCalendar of(CalendarId id) {
        return switch (id) {
            case CN_SSE -> CnSse.INSTANCE;
            case WEEKDAYS -> WeekdaysCalendar.INSTANCE;
        };
    }
}

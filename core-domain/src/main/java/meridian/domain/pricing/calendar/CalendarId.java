package meridian.domain.pricing.calendar;

/** Calendars a request may name. */
public enum CalendarId { CN_SSE, WEEKDAYS }

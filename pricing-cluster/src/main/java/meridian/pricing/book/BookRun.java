package meridian.pricing.book;

import meridian.domain.pricing.calendar.CalendarId;

/** How to value a book: Monte Carlo paths and seed (shared by every contract and every bump), and the calendar. */
public record BookRun(int paths, long seed, CalendarId calendar) {
}

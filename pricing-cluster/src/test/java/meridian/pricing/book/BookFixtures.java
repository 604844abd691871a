package meridian.pricing.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Asian;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;
import meridian.pricing.Fixtures;

/**
 * A mixed book over three underlyings: fresh trades, seasoned ones (valuation two months after start), and one
 * valued on its expiry date, with every built-in structure (the Asian is outside the batch kernels).
 */
public final class BookFixtures {
    public static final String FRESH = "000300.SH";
    public static final String SEASONED = "000905.SH";
    public static final String EXPIRING = "000016.SH";
    /** CN_SSE date of monthly date 1 from Fixtures.START (2026-01-05): the expiring vanilla's expiry. */
    public static final LocalDate ONE_MONTH = LocalDate.of(2026, 2, 5);
    public static final BookRun RUN = new BookRun(5_000, 20240601L, CalendarId.CN_SSE);

    private BookFixtures() {
    }

    public static Map<String, MarketData> markets() {
        return Map.of(
                FRESH, new MarketData(Fixtures.START, 100.0, 100.0, 0.25, 0.02, 0.01),
                SEASONED, new MarketData(Fixtures.START.plusMonths(2).plusDays(3), 93.0, 100.0, 0.3, 0.025, 0.0),
                EXPIRING, new MarketData(ONE_MONTH, 104.0, 100.0, 0.2, 0.02, 0.0));
    }

    public static ContractTerms terms(String underlying, int months) {
        return new ContractTerms(underlying, BigDecimal.valueOf(Fixtures.NOTIONAL), Fixtures.START, null, months);
    }

    public static List<BookContract> book() {
        List<BookContract> book = new ArrayList<>();
        for (String u : List.of(FRESH, SEASONED)) {
            add(book, new Snowball(terms(u, 12), 103.0, 80.0, 12.0, 3, null));
            add(book, new Snowball(terms(u, 20), 100.0, 75.0, 15.0, 0, 5.0));
            add(book, new Phoenix(terms(u, 12), 103.0, 80.0, 10.0, 85.0, 2));
            add(book, new Sharkfin(terms(u, 6), OptionType.CALL, 100.0, 115.0, 80.0, 1.5, Observation.DAILY));
            add(book, new Sharkfin(terms(u, 6), OptionType.PUT, 100.0, 85.0, 60.0, 1.0, Observation.EXPIRY));
            add(book, new Sharkfin(terms(u, 9), OptionType.CALL, 100.0, 120.0, 100.0, 2.0, Observation.CONTINUOUS));
            add(book, new Barrier(terms(u, 6), OptionType.PUT, 100.0, 80.0, BarrierType.DOWN_IN, 0.5,
                    Observation.DAILY));
            add(book, new Vanilla(terms(u, 3), OptionType.CALL, 105.0));
            add(book, new Vanilla(terms(u, 18), OptionType.PUT, 95.0));
            add(book, new Digital(terms(u, 6), OptionType.CALL, 100.0, 10.0));
            add(book, new Digital(terms(u, 6), OptionType.PUT, 90.0, 5.0));
        }
        add(book, new Asian(terms(FRESH, 6), OptionType.CALL, 100.0));
        add(book, new Vanilla(terms(EXPIRING, 1), OptionType.CALL, 100.0));
        add(book, new Snowball(terms(EXPIRING, 1), 103.0, 80.0, 12.0, 0, null));
        return book;
    }

    private static void add(List<BookContract> book, meridian.domain.pricing.product.Product product) {
        book.add(new BookContract("D-" + (book.size() + 1), product.terms().underlying(), product));
    }
}

package meridian.pricing.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookRun;

/** Contracts of the pricing contract in every structure, and markets to value them on. */
final class TestBook {
    static final String VANILLA = "{\"type\":\"VANILLA\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":6,\"optionType\":\"CALL\",\"strikePct\":100}";
    static final String DIGITAL = "{\"type\":\"DIGITAL\",\"underlying\":\"000905.SH\",\"notional\":500000,"
            + "\"startDate\":\"2026-01-05\",\"expiryDate\":\"2026-07-06\",\"optionType\":\"PUT\",\"strikePct\":95,\"payoutPct\":10}";
    static final String BARRIER = "{\"type\":\"BARRIER\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":3,\"optionType\":\"CALL\",\"strikePct\":100,\"barrierPct\":120,"
            + "\"barrierType\":\"UP_OUT\",\"rebatePct\":1.5,\"observation\":\"DAILY\"}";
    static final String SHARKFIN = "{\"type\":\"SHARKFIN\",\"underlying\":\"000300.SH\",\"notional\":2000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":3,\"optionType\":\"CALL\",\"strikePct\":100,\"barrierPct\":115,"
            + "\"participationPct\":80,\"rebatePct\":2,\"observation\":\"EXPIRY\"}";
    static final String SNOWBALL = "{\"type\":\"SNOWBALL\",\"underlying\":\"000905.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"knockOutPct\":103,\"knockInPct\":80,\"couponPct\":15,"
            + "\"lockMonths\":3}";
    static final String SNOWBALL_DIVIDEND = "{\"type\":\"SNOWBALL\",\"underlying\":\"000905.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"knockOutPct\":103,\"knockInPct\":80,\"couponPct\":15,"
            + "\"lockMonths\":0,\"dividendCouponPct\":12}";
    static final String PHOENIX = "{\"type\":\"PHOENIX\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"knockOutPct\":100,\"knockInPct\":70,\"couponPct\":8,"
            + "\"couponBarrierPct\":80,\"lockMonths\":1}";
    static final String ASIAN = "{\"type\":\"ASIAN\",\"underlying\":\"000905.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":6,\"optionType\":\"PUT\",\"strikePct\":100}";

    static final List<String> ALL = List.of(VANILLA, DIGITAL, BARRIER, SHARKFIN, SNOWBALL, SNOWBALL_DIVIDEND, PHOENIX, ASIAN);

    static final LocalDate VALUATION = LocalDate.of(2026, 1, 5);

    static final Map<String, MarketData> MARKETS = Map.of(
            "000300.SH", new MarketData(VALUATION, 100, 100, 0.22, 0.02, 0.01),
            "000905.SH", new MarketData(VALUATION, 50, 50, 0.28, 0.02, 0.0));

    static final BookRun RUN = new BookRun(2_000, 42L, CalendarId.CN_SSE);

    static List<WireContract> contracts(String... products) {
        java.util.ArrayList<WireContract> out = new java.util.ArrayList<>();
        for (int i = 0; i < products.length; i++) {
            String underlying = ProductWire.read(products[i]).terms().underlying();
            out.add(new WireContract("D" + i, underlying, products[i]));
        }
        return out;
    }

    private TestBook() {
    }
}

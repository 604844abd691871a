package meridian.pricing.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;

/**
 * A reproducible broker's book for benchmarks: 60% snowballs, 20% daily-watched sharkfins, 10% vanillas, 10%
 * digitals, tenors 1–24 months, started up to six months before the valuation date, on four CSI/SSE indices.
 * The valuation date is chosen so every expiry stays within the years the CN_SSE calendar covers.
 */
public final class SyntheticBook {
    public static final LocalDate VALUATION = LocalDate.of(2025, 11, 3);
    private static final List<String> UNDERLYINGS = List.of("000300.SH", "000905.SH", "000852.SH", "000016.SH");

    private SyntheticBook() {
    }

    public static Map<String, MarketData> markets() {
        Map<String, MarketData> markets = new LinkedHashMap<>();
        markets.put("000300.SH", new MarketData(VALUATION, 101.5, 100.0, 0.20, 0.018, 0.020));
        markets.put("000905.SH", new MarketData(VALUATION, 96.0, 100.0, 0.26, 0.018, 0.015));
        markets.put("000852.SH", new MarketData(VALUATION, 92.5, 100.0, 0.31, 0.018, 0.010));
        markets.put("000016.SH", new MarketData(VALUATION, 104.0, 100.0, 0.18, 0.018, 0.030));
        return markets;
    }

    public static List<BookContract> of(int contracts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<BookContract> book = new ArrayList<>(contracts);
        for (int i = 0; i < contracts; i++) {
            String underlying = UNDERLYINGS.get(random.nextInt(UNDERLYINGS.size()));
            int tenor = 1 + random.nextInt(24);
            int seasonedMonths = random.nextInt(Math.min(tenor, 7));
            LocalDate start = VALUATION.minusMonths(seasonedMonths).minusDays(random.nextInt(21));
            BigDecimal notional = BigDecimal.valueOf(1_000_000L * (1 + random.nextInt(10)));
            ContractTerms terms = new ContractTerms(underlying, notional, start, null, tenor);
            book.add(new BookContract(String.format("SYN-%06d", i + 1), underlying, product(terms, random)));
        }
        return book;
    }

    private static Product product(ContractTerms terms, SplittableRandom random) {
        double draw = random.nextDouble();
        OptionType type = random.nextBoolean() ? OptionType.CALL : OptionType.PUT;
        if (draw < 0.6) {
            int lock = Math.min(random.nextInt(4), terms.tenorMonths());
            return new Snowball(terms, round(100 + 5 * random.nextDouble()), round(70 + 15 * random.nextDouble()),
                    round(8 + 12 * random.nextDouble()), lock, null);
        }
        if (draw < 0.8) {
            double barrier = type == OptionType.CALL ? 110 + 15 * random.nextDouble() : 75 + 15 * random.nextDouble();
            return new Sharkfin(terms, type, 100.0, round(barrier), round(50 + 50 * random.nextDouble()),
                    round(3 * random.nextDouble()), Observation.DAILY);
        }
        if (draw < 0.9) {
            return new Vanilla(terms, type, round(90 + 20 * random.nextDouble()));
        }
        return new Digital(terms, type, round(95 + 10 * random.nextDouble()), round(5 + 10 * random.nextDouble()));
    }

    /** Term sheets quote two decimals. */
    private static double round(double pct) {
        return Math.round(pct * 100) / 100.0;
    }
}

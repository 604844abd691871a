package meridian.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Asian;
import meridian.domain.pricing.product.Barrier;
import meridian.domain.pricing.product.ContractTerms;
import meridian.domain.pricing.product.Digital;
import meridian.domain.pricing.product.Phoenix;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.product.Sharkfin;
import meridian.domain.pricing.product.Snowball;
import meridian.domain.pricing.product.Vanilla;

/** Products and markets used across the pricing tests. */
public final class Fixtures {
    public static final double NOTIONAL = 1_000_000.0;
    public static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Fixtures() {
    }

    public static ContractTerms terms(int months) {
        return new ContractTerms("000300.SH", BigDecimal.valueOf(NOTIONAL), START, null, months);
    }

    public static MarketData market() {
        return new MarketData(START, 100.0, 100.0, 0.25, 0.02, 0.01);
    }

    public static MarketData market(double spot, double vol) {
        return new MarketData(START, spot, 100.0, vol, 0.02, 0.01);
    }

    public static ResolvedProduct resolve(Product product) {
        return product.resolve(TradingCalendars.of(CalendarId.CN_SSE));
    }

    public static Vanilla vanilla(OptionType type, double strikePct, int months) {
        return new Vanilla(terms(months), type, strikePct);
    }

    public static Digital digital(OptionType type, double strikePct) {
        return new Digital(terms(6), type, strikePct, 10.0);
    }

    public static Barrier barrier(OptionType type, double strikePct, double barrierPct, BarrierType barrierType,
            double rebatePct, Observation observation) {
        return new Barrier(terms(6), type, strikePct, barrierPct, barrierType, rebatePct, observation);
    }

    public static Sharkfin sharkfin(Observation observation) {
        return new Sharkfin(terms(6), OptionType.CALL, 100.0, 115.0, 80.0, 1.5, observation);
    }

    public static Snowball snowball(int months) {
        return new Snowball(terms(months), 103.0, 80.0, 12.0, 0, null);
    }

    public static Phoenix phoenix(int months) {
        return new Phoenix(terms(months), 103.0, 80.0, 10.0, 85.0, 0);
    }

    public static Asian asian(OptionType type) {
        return new Asian(terms(6), type, 100.0);
    }
}

package meridian.domain.pricing.api;

import meridian.domain.common.ValidationException;
import meridian.domain.pricing.PricingMethod;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Product;

/**
 * A price request with the contract's defaults applied. {@code method} null lets the engine choose
 * (analytic where a closed form exists).
 */
public record PriceRequest(
        Product product,
        MarketData market,
        PricingMethod method,
        int paths,
        long seed,
        CalendarId calendar,
        boolean greeks) implements PricingRequest {

    public static final int DEFAULT_PATHS = 100_000;
    public static final int MAX_PATHS = 20_000_000;
    public static final long DEFAULT_SEED = 20240601L;

    public PriceRequest {
        if (product == null) {
            throw new ValidationException("product", "is required");
        }
        if (market == null) {
            throw new ValidationException("market", "is required");
        }
        if (paths < 2 || paths > MAX_PATHS) {
            throw new ValidationException("paths", "must be between 2 and " + MAX_PATHS);
        }
        if (calendar == null) {
            throw new ValidationException("calendar", "is required");
        }
    }

    public static PriceRequest of(Product product, MarketData market) {
        return new PriceRequest(product, market, null, DEFAULT_PATHS, DEFAULT_SEED, CalendarId.CN_SSE, true);
    }

    public PriceRequest withProduct(Product newProduct) {
        return new PriceRequest(newProduct, market, method, paths, seed, calendar, greeks);
    }

    public PriceRequest withMethod(PricingMethod newMethod) {
        return new PriceRequest(product, market, newMethod, paths, seed, calendar, greeks);
    }

    public PriceRequest withPaths(int newPaths) {
        return new PriceRequest(product, market, method, newPaths, seed, calendar, greeks);
    }

    public PriceRequest withGreeks(boolean wanted) {
        return new PriceRequest(product, market, method, paths, seed, calendar, wanted);
    }

    public PriceRequest withCalendar(CalendarId newCalendar) {
        return new PriceRequest(product, market, method, paths, seed, newCalendar, greeks);
    }
}

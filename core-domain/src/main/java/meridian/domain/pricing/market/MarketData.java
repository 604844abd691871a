package meridian.domain.pricing.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Flat market inputs. {@code initialPrice} is the fixing at trade start (S0); bumping the spot keeps it.
 * vol, rate and dividendYield are annual, continuously compounded.
 */
public record MarketData(
        LocalDate valuationDate,
        double spot,
        double initialPrice,
        double vol,
        double rate,
        double dividendYield) {

    public MarketData {
        List<FieldError> errors = new ArrayList<>();
        if (valuationDate == null) {
            errors.add(new FieldError("market.valuationDate", "is required"));
        }
        if (!(spot > 0) || !Double.isFinite(spot)) {
            errors.add(new FieldError("market.spot", "must be a positive number"));
        }
        if (!(initialPrice > 0) || !Double.isFinite(initialPrice)) {
            errors.add(new FieldError("market.initialPrice", "must be a positive number"));
        }
        if (!(vol > 0) || !Double.isFinite(vol) || vol > 5) {
            errors.add(new FieldError("market.vol", "must be positive (annual, e.g. 0.25) and at most 5"));
        }
        if (!Double.isFinite(rate) || Math.abs(rate) > 1) {
            errors.add(new FieldError("market.rate", "must be a number between -1 and 1 (annual, e.g. 0.02)"));
        }
        if (!Double.isFinite(dividendYield) || Math.abs(dividendYield) > 1) {
            errors.add(new FieldError("market.dividendYield", "must be a number between -1 and 1"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public MarketData withSpot(double newSpot) {
        return new MarketData(valuationDate, newSpot, initialPrice, vol, rate, dividendYield);
    }

    public MarketData withVol(double newVol) {
        return new MarketData(valuationDate, spot, initialPrice, newVol, rate, dividendYield);
    }

    public MarketData withRate(double newRate) {
        return new MarketData(valuationDate, spot, initialPrice, vol, newRate, dividendYield);
    }

    public MarketData withValuationDate(LocalDate date) {
        return new MarketData(date, spot, initialPrice, vol, rate, dividendYield);
    }
}

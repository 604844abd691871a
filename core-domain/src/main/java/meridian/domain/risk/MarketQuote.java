package meridian.domain.risk;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.CborSerializable;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * A trader's market for one underlying: spot, annual vol, rate and dividend yield (continuously compounded). Market
 * inputs, not booked amounts, so doubles.
 */
public record MarketQuote(String underlying, double spot, double vol, double rate, double dividendYield)
        implements CborSerializable {

    public MarketQuote {
        List<FieldError> errors = check(underlying, spot, vol, rate, dividendYield, "");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The quote's errors, each field named after {@code fieldPrefix} ({@code updates[0].vol}). */
    public static List<FieldError> check(String underlying, double spot, double vol, double rate, double dividendYield,
                                         String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        if (underlying == null || underlying.isBlank()) {
            errors.add(new FieldError(fieldPrefix + "underlying", "is required"));
        }
        if (!(spot > 0) || !Double.isFinite(spot)) {
            errors.add(new FieldError(fieldPrefix + "spot", "must be a positive number"));
        }
        if (!(vol > 0) || vol > 5 || !Double.isFinite(vol)) {
            errors.add(new FieldError(fieldPrefix + "vol", "must be positive (annual, e.g. 0.25) and at most 5"));
        }
        if (!Double.isFinite(rate) || Math.abs(rate) > 1) {
            errors.add(new FieldError(fieldPrefix + "rate", "must be a number between -1 and 1 (annual, e.g. 0.02)"));
        }
        if (!Double.isFinite(dividendYield) || Math.abs(dividendYield) > 1) {
            errors.add(new FieldError(fieldPrefix + "dividendYield", "must be a number between -1 and 1"));
        }
        return errors;
    }
}

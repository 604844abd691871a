package meridian.domain.template;

import com.fasterxml.jackson.databind.JsonNode;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The flat market of the pricing contract: valuation date, spot, initial fixing S0, and annual continuously
 * compounded vol, rate and dividend yield.
 */
public record MarketInputs(LocalDate valuationDate, double spot, double initialPrice, double vol, double rate,
                           double dividendYield) {
    public MarketInputs {
        List<FieldError> errors = new ArrayList<>();
        if (valuationDate == null) {
            errors.add(new FieldError("market.valuationDate", "is required"));
        }
        if (!(spot > 0) || Double.isInfinite(spot)) {
            errors.add(new FieldError("market.spot", "must be a positive number"));
        }
        if (!(initialPrice > 0) || Double.isInfinite(initialPrice)) {
            errors.add(new FieldError("market.initialPrice", "must be a positive number"));
        }
        if (!(vol >= 0) || Double.isInfinite(vol)) {
            errors.add(new FieldError("market.vol", "must not be negative"));
        }
        if (!Double.isFinite(rate)) {
            errors.add(new FieldError("market.rate", "must be a number"));
        }
        if (!Double.isFinite(dividendYield)) {
            errors.add(new FieldError("market.dividendYield", "must be a number"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Reads the contract's market object; {@code initialPrice} defaults to {@code spot}, rate and yield to 0. */
    public static MarketInputs fromJson(JsonNode market, String path) {
        if (market == null || !market.isObject()) {
            throw new ValidationException(path, "is required: an object with valuationDate, spot, vol, rate");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate valuationDate = null;
        JsonNode date = market.get("valuationDate");
        if (date == null || !date.isTextual()) {
            errors.add(new FieldError(path + ".valuationDate", "is required (YYYY-MM-DD)"));
        } else {
            try {
                valuationDate = LocalDate.parse(date.textValue());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(path + ".valuationDate", "is not a date (YYYY-MM-DD)"));
            }
        }
        double spot = number(market, "spot", path, true, Double.NaN, errors);
        double initialPrice = number(market, "initialPrice", path, false, spot, errors);
        double vol = number(market, "vol", path, true, Double.NaN, errors);
        double rate = number(market, "rate", path, false, 0.0, errors);
        double dividendYield = number(market, "dividendYield", path, false, 0.0, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            return new MarketInputs(valuationDate, spot, initialPrice, vol, rate, dividendYield);
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream()
                    .map(error -> new FieldError(path + error.field().substring("market".length()), error.message()))
                    .toList());
        }
    }

    private static double number(JsonNode market, String name, String path, boolean required, double fallback,
                                 List<FieldError> errors) {
        JsonNode node = market.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new FieldError(path + "." + name, "is required"));
            }
            return fallback;
        }
        if (!node.isNumber()) {
            errors.add(new FieldError(path + "." + name, "must be a number"));
            return Double.NaN;
        }
        return node.doubleValue();
    }
}

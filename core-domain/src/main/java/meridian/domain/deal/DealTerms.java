package meridian.domain.deal;

import meridian.domain.common.CborSerializable;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What was traded, as booked: the structure and its template version, the underlying, the dates, the notional,
 * the price (premium or coupon, in percent), the counterparty and the RFQ it came from. {@code parameters} holds
 * the structure's own terms (strike, barriers, ...) in percent, exactly as quoted. {@code productJson} is the priced
 * product as the pricing contract's {@code product} object, so that risk revalues exactly what was quoted.
 */
public record DealTerms(String structure, String templateVersion, String underlying, LocalDate tradeDate,
                        LocalDate startDate, LocalDate expiryDate, BigDecimal notional, String currency,
                        String priceKind, BigDecimal pricePct, String counterparty, String rfqId,
                        Map<String, BigDecimal> parameters, String productJson) implements CborSerializable {

    public DealTerms {
        List<FieldError> errors = new ArrayList<>();
        required("structure", structure, errors);
        required("templateVersion", templateVersion, errors);
        required("underlying", underlying, errors);
        required("counterparty", counterparty, errors);
        required("currency", currency, errors);
        required("productJson", productJson, errors);
        if (!List.of("PREMIUM", "COUPON", "PARTICIPATION", "STRIKE").contains(priceKind)) {
            errors.add(new FieldError("priceKind", "one of PREMIUM, COUPON, PARTICIPATION, STRIKE"));
        }
        if (tradeDate == null || startDate == null || expiryDate == null) {
            errors.add(new FieldError("dates", "tradeDate, startDate and expiryDate are required"));
        } else if (!expiryDate.isAfter(startDate) || startDate.isBefore(tradeDate)) {
            errors.add(new FieldError("expiryDate", "trade date ≤ start date < expiry date"));
        }
        if (notional == null || notional.signum() <= 0) {
            errors.add(new FieldError("notional", "must be positive"));
        }
        if (pricePct == null) {
            errors.add(new FieldError("pricePct", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    private static void required(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }
}

package meridian.domain.pricing.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.TradingCalendar;
import meridian.domain.pricing.schedule.ResolvedSchedule;
import meridian.domain.pricing.schedule.ScheduleRules;

/**
 * Keys every product has. The expiry is given as {@code expiryDate}, as {@code tenorMonths}
 * (expiry = monthly date number tenorMonths), or both when they agree on the calendar used.
 */
public record ContractTerms(
        String underlying,
        BigDecimal notional,
        LocalDate startDate,
        LocalDate expiryDate,
        Integer tenorMonths) {

    public static final int MAX_TENOR_MONTHS = 120;

    public ContractTerms {
        List<FieldError> errors = new ArrayList<>();
        if (underlying == null || underlying.isBlank()) {
            errors.add(new FieldError("product.underlying", "is required"));
        }
        if (notional == null) {
            errors.add(new FieldError("product.notional", "is required"));
        } else if (notional.signum() <= 0) {
            errors.add(new FieldError("product.notional", "must be positive"));
        }
        if (startDate == null) {
            errors.add(new FieldError("product.startDate", "is required"));
        }
        if (expiryDate == null && tenorMonths == null) {
            errors.add(new FieldError("product.expiryDate", "expiryDate or tenorMonths is required"));
        }
        if (tenorMonths != null && (tenorMonths < 1 || tenorMonths > MAX_TENOR_MONTHS)) {
            errors.add(new FieldError("product.tenorMonths", "must be between 1 and " + MAX_TENOR_MONTHS));
        }
        if (expiryDate != null && startDate != null && !expiryDate.isAfter(startDate)) {
            errors.add(new FieldError("product.expiryDate", "must be after startDate " + startDate));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public double notionalAmount() {
        return notional.doubleValue();
    }

    /** Dates on the calendar; fails naming the field when the calendar cannot date them or they disagree. */
    public ResolvedSchedule resolve(TradingCalendar calendar) {
        if (!calendar.covers(startDate)) {
            throw new ValidationException("product.startDate",
                    "is outside the years the " + calendar.id() + " calendar covers");
        }
        LocalDate expiry = expiryDate;
        if (tenorMonths != null) {
            LocalDate unrolled = startDate.plusMonths(tenorMonths);
            LocalDate fromTenor;
            try {
                fromTenor = ScheduleRules.monthlyDate(startDate, tenorMonths, calendar);
            } catch (IllegalArgumentException outsideCalendar) {
                fromTenor = null;
            }
            if (!calendar.covers(unrolled) || fromTenor == null) {
                throw new ValidationException("product.tenorMonths",
                        "expiry falls outside the years the " + calendar.id() + " calendar covers");
            }
            if (expiryDate != null && !expiryDate.equals(fromTenor)) {
                throw new ValidationException("product.expiryDate", "is inconsistent with tenorMonths "
                        + tenorMonths + ", whose expiry on " + calendar.id() + " is " + fromTenor);
            }
            expiry = fromTenor;
        } else {
            if (!calendar.covers(expiry)) {
                throw new ValidationException("product.expiryDate",
                        "is outside the years the " + calendar.id() + " calendar covers");
            }
            if (!calendar.isTradingDay(expiry)) {
                throw new ValidationException("product.expiryDate", "is not a " + calendar.id() + " trading day");
            }
        }
        List<LocalDate> monthly = new ArrayList<>();
        for (int m = 1; ; m++) {
            LocalDate unrolled = startDate.plusMonths(m);
            if (unrolled.isAfter(expiry)) {
                break;
            }
            LocalDate date = ScheduleRules.monthlyDate(startDate, m, calendar);
            if (date.isAfter(expiry)) {
                break;
            }
            monthly.add(date);
        }
        return new ResolvedSchedule(calendar.id(), startDate, expiry, monthly,
                ScheduleRules.dailyObservations(startDate, expiry, calendar));
    }
}

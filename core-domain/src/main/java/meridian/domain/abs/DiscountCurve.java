package meridian.domain.abs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * Zero rates by tenor, continuously compounded, act/365-free: tenor t in years is period/12.
 * Rates are interpolated linearly between points and held flat outside them.
 */
public record DiscountCurve(List<Point> points) {

    /** One zero rate. */
    public record Point(BigDecimal tenorYears, BigDecimal zeroRatePct) { }

    public DiscountCurve {
        List<FieldError> errors = new ArrayList<>();
        if (points == null || points.isEmpty()) {
            throw new ValidationException("points", "at least one point is required");
        }
        points = List.copyOf(points);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (point.tenorYears() == null) errors.add(new FieldError("points[" + i + "].tenorYears", "required"));
            else if (point.tenorYears().signum() <= 0) errors.add(new FieldError("points[" + i + "].tenorYears", "must be positive"));
            else if (i > 0 && points.get(i - 1).tenorYears() != null
                    && point.tenorYears().compareTo(points.get(i - 1).tenorYears()) <= 0) {
                errors.add(new FieldError("points[" + i + "].tenorYears", "tenors must increase"));
            }
            if (point.zeroRatePct() == null) errors.add(new FieldError("points[" + i + "].zeroRatePct", "required"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    /** The zero rate, as a decimal, at a tenor in years. */
    public double zeroRate(double years) {
        int n = points.size();
        if (years <= points.get(0).tenorYears().doubleValue()) return points.get(0).zeroRatePct().doubleValue() / 100;
        for (int i = 1; i < n; i++) {
            double t1 = points.get(i).tenorYears().doubleValue();
            if (years <= t1) {
                double t0 = points.get(i - 1).tenorYears().doubleValue();
                double r0 = points.get(i - 1).zeroRatePct().doubleValue();
                double r1 = points.get(i).zeroRatePct().doubleValue();
                return (r0 + (r1 - r0) * (years - t0) / (t1 - t0)) / 100;
            }
        }
        return points.get(n - 1).zeroRatePct().doubleValue() / 100;
    }

    public double discountFactor(double years) {
        return Math.exp(-zeroRate(years) * years);
    }
}

package meridian.domain.abs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * What a loan must satisfy to enter a pool. Null limits and empty sets do not apply.
 * {@code maxObligorSharePct} limits one obligor's share of the screened tape's balance.
 */
public record EligibilityCriteria(BigDecimal minBalance, BigDecimal maxBalance, BigDecimal minRatePct,
                                  BigDecimal maxRatePct, Integer maxRemainingTermMonths, String minRating,
                                  Set<String> excludedIndustries, Set<String> excludedRegions,
                                  Set<Amortization> allowedAmortizations, BigDecimal maxObligorSharePct) {

    public EligibilityCriteria {
        excludedIndustries = excludedIndustries == null ? Set.of() : Set.copyOf(excludedIndustries);
        excludedRegions = excludedRegions == null ? Set.of() : Set.copyOf(excludedRegions);
        allowedAmortizations = allowedAmortizations == null ? Set.of() : Set.copyOf(allowedAmortizations);
        List<FieldError> errors = new ArrayList<>();
        if (minBalance != null && minBalance.signum() < 0) errors.add(new FieldError("minBalance", "must not be negative"));
        if (minBalance != null && maxBalance != null && maxBalance.compareTo(minBalance) < 0) {
            errors.add(new FieldError("maxBalance", "must not be below minBalance"));
        }
        if (minRatePct != null && maxRatePct != null && maxRatePct.compareTo(minRatePct) < 0) {
            errors.add(new FieldError("maxRatePct", "must not be below minRatePct"));
        }
        if (maxRemainingTermMonths != null && maxRemainingTermMonths < 1) {
            errors.add(new FieldError("maxRemainingTermMonths", "must be at least 1"));
        }
        if (minRating != null && !RatingScale.known(minRating)) {
            errors.add(new FieldError("minRating", "unknown rating '" + minRating + "'"));
        }
        if (maxObligorSharePct != null && (maxObligorSharePct.signum() <= 0 || maxObligorSharePct.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("maxObligorSharePct", "must be above 0 and at most 100"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}

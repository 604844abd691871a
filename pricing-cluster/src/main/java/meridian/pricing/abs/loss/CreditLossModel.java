package meridian.pricing.abs.loss;

import java.util.ArrayList;
import java.util.List;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * One-factor Gaussian copula: loan i defaults before its maturity when
 * {@code sqrt(rho) Z + sqrt(1-rho) e_i < N^-1(PD_i)}, with Z shared by all loans. PD_i comes from
 * the loan's rating (RatingScale) over its remaining term rounded up to whole years. A defaulted
 * loan recovers {@code clamp(recoveryMean + recoveryStdDev * eta_i, 0, 1)} of its balance, eta_i
 * standard normal and independent.
 */
public record CreditLossModel(double correlation, double recoveryMeanPct, double recoveryStdDevPct) {
    public CreditLossModel {
        List<FieldError> errors = new ArrayList<>();
        if (!(correlation >= 0 && correlation < 1)) errors.add(new FieldError("correlation", "must be in [0, 1)"));
        if (!(recoveryMeanPct >= 0 && recoveryMeanPct <= 100)) errors.add(new FieldError("recoveryMeanPct", "must be 0 to 100"));
        if (!(recoveryStdDevPct >= 0 && recoveryStdDevPct <= 100)) errors.add(new FieldError("recoveryStdDevPct", "must be 0 to 100"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}

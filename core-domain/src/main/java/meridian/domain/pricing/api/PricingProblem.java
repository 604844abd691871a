package meridian.domain.pricing.api;

import java.util.List;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/** RFC 9457 problem document for a rejected pricing request. */
public record PricingProblem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String VALIDATION_TYPE = "https://meridian.dev/problems/validation";

    public static PricingProblem of(ValidationException e) {
        return new PricingProblem(VALIDATION_TYPE, "Invalid pricing request", 400, e.getMessage(), e.errors());
    }
}

package meridian.domain.template;

import meridian.domain.common.ValidationException;

import java.util.Objects;

/** A test case of a template version: priced with {@code inputs}, its pv must lie within {@code tolerance} of {@code expectedPv}. */
public record TemplateTestCase(String name, TestInputs inputs, double expectedPv, double tolerance) {
    public TemplateTestCase {
        Objects.requireNonNull(inputs, "inputs");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "is required");
        }
        if (!Double.isFinite(expectedPv)) {
            throw new ValidationException("expected.pv", "must be a number");
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new ValidationException("expected.tolerance", "must be a positive number");
        }
    }

    public boolean accepts(double pv) {
        return Math.abs(pv - expectedPv) <= tolerance;
    }
}

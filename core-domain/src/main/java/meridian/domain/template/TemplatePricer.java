package meridian.domain.template;

/** Prices a compiled template on test inputs; the pricing cluster's Monte Carlo pricer is one. */
@FunctionalInterface
public interface TemplatePricer {
    /** A price: pv in currency from the client's side, and its Monte Carlo standard error. */
    record Price(double pv, double stdErr) {
    }

    /** Throws {@link meridian.domain.common.ValidationException} when the inputs do not fit the template. */
    Price price(CompiledTemplate template, TestInputs inputs);
}

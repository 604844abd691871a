package meridian.pricing.template;

import meridian.domain.template.ResolvedTemplate;

/** Prices a resolved template on Monte Carlo paths: {@link TemplateMonteCarloPricer} on the CPU, or the GPU kernel. */
public interface TemplatePathPricer {
    TemplateMonteCarloPricer.Result price(ResolvedTemplate template, int paths, long seed);

    /** {@code CPU} or {@code GPU}, as the pricing contract's {@code engine} field says it. */
    String engine();
}

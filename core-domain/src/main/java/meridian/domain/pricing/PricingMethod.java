package meridian.domain.pricing;

/** Numerical method; a request that names none lets the engine choose. */
public enum PricingMethod { ANALYTIC, MC, PDE }

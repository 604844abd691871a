package meridian.domain.pricing.api;

import meridian.domain.pricing.SolveFor;

/** The contract's solve answer: {@code value} in the unit of the solved field (percent for *Pct fields, CNY for PREMIUM). */
public record SolveResponse(SolveFor solveFor, double value, double pv, int iterations) {
}

package meridian.pricing.abs;

/** Lifetime figures of a tranche; the principal periods are null when it never receives principal. */
public record TrancheSummary(double totalInterest, double totalPrincipal, double writeDown, double walYears,
                             Integer firstPrincipalPeriod, Integer lastPrincipalPeriod) {
}

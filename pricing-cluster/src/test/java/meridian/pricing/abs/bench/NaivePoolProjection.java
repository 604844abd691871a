package meridian.pricing.abs.bench;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Deal;
import meridian.domain.abs.Loan;

/** The benchmark's baseline: the contract's formulas written out directly, a pow per loan and month. */
final class NaivePoolProjection {
    private NaivePoolProjection() {
    }

    static int project(Deal deal) {
        double cdr = deal.assumptions().cdrPct().doubleValue() / 100;
        double cpr = deal.assumptions().cprPct().doubleValue() / 100;
        int maxTerm = deal.pool().loans().stream().mapToInt(Loan::remainingTermMonths).max().orElse(0);
        double[] interest = new double[maxTerm];
        double[] principal = new double[maxTerm];
        for (Loan loan : deal.pool().loans()) {
            double b = loan.balance().doubleValue();
            double r = loan.ratePct().doubleValue() / 1200;
            for (int t = 0, n = loan.remainingTermMonths(); n > 0; t++, n--) {
                double d = b * (1 - Math.pow(1 - cdr, 1.0 / 12));
                double performing = b - d;
                double i = performing * r;
                double s = n == 1 ? performing : switch (loan.amortization()) {
                    case LEVEL_PAY -> r == 0 ? performing / n : performing * r / (1 - Math.pow(1 + r, -n)) - i;
                    case EQUAL_PRINCIPAL -> performing / n;
                    case BULLET -> 0;
                };
                double p = (performing - s) * (1 - Math.pow(1 - cpr, 1.0 / 12));
                interest[t] += i;
                principal[t] += s + p;
                b = performing - s - p;
            }
        }
        return interest.length + (principal[0] > 0 ? 0 : 1);
    }
}

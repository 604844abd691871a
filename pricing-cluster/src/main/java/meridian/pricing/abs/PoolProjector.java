package meridian.pricing.abs;

import java.util.List;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Assumptions;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;

/**
 * Projects each loan of a pool month by month under the contract's base-case conventions
 * (default first, then interest, scheduled principal, prepayment; recoveries after a lag) and
 * adds the loans up by period.
 */
public final class PoolProjector {

    private PoolProjector() {
    }

    public static PoolCashflows project(Pool pool, Assumptions assumptions) {
        List<Loan> loans = pool.loans();
        int n = loans.size();
        double[] balance = new double[n];
        double[] ratePct = new double[n];
        int[] term = new int[n];
        Amortization[] amortization = new Amortization[n];
        for (int i = 0; i < n; i++) {
            Loan loan = loans.get(i);
            balance[i] = loan.balance().doubleValue();
            ratePct[i] = loan.ratePct().doubleValue();
            term[i] = loan.remainingTermMonths();
            amortization[i] = loan.amortization();
        }
        return project(balance, ratePct, term, amortization, assumptions);
    }

    /** The same projection over plain arrays, one element per loan. */
    public static PoolCashflows project(double[] balance, double[] ratePct, int[] term, Amortization[] amortization,
                                        Assumptions assumptions) {
        int maxTerm = 0;
        for (int t : term) maxTerm = Math.max(maxTerm, t);
        int lag = assumptions.recoveryLagMonths();
        double recoveryRate = assumptions.recoveryPct().doubleValue() / 100;
        double[] mdr = new double[maxTerm];
        double[] smm = new double[maxTerm];
        for (int t = 1; t <= maxTerm; t++) {
            mdr[t - 1] = 1 - Math.pow(1 - assumptions.cdrPctAt(t) / 100, 1.0 / 12);
            smm[t - 1] = 1 - Math.pow(1 - assumptions.cprPctAt(t) / 100, 1.0 / 12);
        }
        int horizon = maxTerm + lag;
        double[] begin = new double[horizon];
        double[] defaults = new double[horizon];
        double[] interest = new double[horizon];
        double[] scheduled = new double[horizon];
        double[] prepaid = new double[horizon];
        double[] recoveries = new double[horizon];
        double[] end = new double[horizon];
        for (int i = 0; i < balance.length; i++) {
            projectLoan(balance[i], ratePct[i] / 1200, term[i], amortization[i], mdr, smm, recoveryRate, lag,
                    begin, defaults, interest, scheduled, prepaid, recoveries, end);
        }
        int periods = maxTerm;
        for (int t = horizon; t > maxTerm; t--) {
            if (recoveries[t - 1] != 0) {
                periods = t;
                break;
            }
        }
        return new PoolCashflows(periods, trim(begin, periods), trim(defaults, periods), trim(interest, periods),
                trim(scheduled, periods), trim(prepaid, periods), trim(recoveries, periods), trim(end, periods));
    }

    private static void projectLoan(double startBalance, double r, int term, Amortization amortization,
                                    double[] mdr, double[] smm, double recoveryRate, int lag,
                                    double[] begin, double[] defaults, double[] interest, double[] scheduled,
                                    double[] prepaid, double[] recoveries, double[] end) {
        double b = startBalance;
        double growth = 1 + r;
        // (1+r)^-n, carried from one month to the next instead of a pow per month.
        double discount = amortization == Amortization.LEVEL_PAY && r != 0 ? Math.pow(growth, -term) : 0;
        for (int t = 0, n = term; n > 0; t++, n--) {
            double d = b * mdr[t];
            double performing = b - d;
            double i = performing * r;
            double s;
            if (n == 1) {
                s = performing; // every schedule repays the whole balance in its last month
            } else {
                switch (amortization) {
                    case LEVEL_PAY -> s = r == 0 ? performing / n : performing * r / (1 - discount) - i;
                    case EQUAL_PRINCIPAL -> s = performing / n;
                    default -> s = 0;
                }
            }
            double p = (performing - s) * smm[t];
            double e = n == 1 ? 0 : performing - s - p;
            begin[t] += b;
            defaults[t] += d;
            interest[t] += i;
            scheduled[t] += s;
            prepaid[t] += p;
            recoveries[t + lag] += d * recoveryRate;
            end[t] += e;
            b = e;
            discount *= growth;
        }
    }

    private static double[] trim(double[] values, int length) {
        if (values.length == length) return values;
        return java.util.Arrays.copyOf(values, length);
    }
}

package meridian.pricing.abs;

/**
 * Aggregate pool collections by period, in full double precision. Index 0 is period 1.
 * The arrays are owned by this object and must not be changed by callers.
 */
public final class PoolCashflows {
    final int periods;
    final double[] beginBalance;
    final double[] defaults;
    final double[] interest;
    final double[] scheduledPrincipal;
    final double[] prepayments;
    final double[] recoveries;
    final double[] endBalance;

    PoolCashflows(int periods, double[] beginBalance, double[] defaults, double[] interest,
                  double[] scheduledPrincipal, double[] prepayments, double[] recoveries, double[] endBalance) {
        this.periods = periods;
        this.beginBalance = beginBalance;
        this.defaults = defaults;
        this.interest = interest;
        this.scheduledPrincipal = scheduledPrincipal;
        this.prepayments = prepayments;
        this.recoveries = recoveries;
        this.endBalance = endBalance;
    }

    public int periods() {
        return periods;
    }

    public double beginBalance(int period) {
        return beginBalance[period - 1];
    }

    public double defaults(int period) {
        return defaults[period - 1];
    }

    public double interest(int period) {
        return interest[period - 1];
    }

    public double scheduledPrincipal(int period) {
        return scheduledPrincipal[period - 1];
    }

    public double prepayments(int period) {
        return prepayments[period - 1];
    }

    public double recoveries(int period) {
        return recoveries[period - 1];
    }

    public double endBalance(int period) {
        return endBalance[period - 1];
    }

    /** Principal collections of a period: scheduled, prepaid and recovered. */
    public double principalCollections(int period) {
        int i = period - 1;
        return scheduledPrincipal[i] + prepayments[i] + recoveries[i];
    }
}

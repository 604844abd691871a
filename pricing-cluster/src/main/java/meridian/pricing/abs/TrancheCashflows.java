package meridian.pricing.abs;

/** One tranche's payments by period (index 0 is period 1), full double precision; not to be changed by callers. */
public final class TrancheCashflows {
    final String name;
    final boolean subordinated;
    final double originalBalance;
    final double couponPct;
    final double[] interestPaid;
    final double[] interestShortfall;
    final double[] principalPaid;
    final double[] writeDown;
    final double[] endBalance;

    TrancheCashflows(String name, boolean subordinated, double originalBalance, double couponPct, int periods) {
        this.name = name;
        this.subordinated = subordinated;
        this.originalBalance = originalBalance;
        this.couponPct = couponPct;
        this.interestPaid = new double[periods];
        this.interestShortfall = new double[periods];
        this.principalPaid = new double[periods];
        this.writeDown = new double[periods];
        this.endBalance = new double[periods];
    }

    public String name() {
        return name;
    }

    public boolean subordinated() {
        return subordinated;
    }

    public double originalBalance() {
        return originalBalance;
    }

    public double interestPaid(int period) {
        return interestPaid[period - 1];
    }

    public double interestShortfall(int period) {
        return interestShortfall[period - 1];
    }

    public double principalPaid(int period) {
        return principalPaid[period - 1];
    }

    public double writeDown(int period) {
        return writeDown[period - 1];
    }

    public double endBalance(int period) {
        return endBalance[period - 1];
    }

    /** Totals, weighted average life and first and last period with principal (a cent or more once rounded). */
    public TrancheSummary summary() {
        double interest = 0;
        double principal = 0;
        double lost = 0;
        double weighted = 0;
        Integer first = null;
        Integer last = null;
        for (int i = 0; i < principalPaid.length; i++) {
            interest += interestPaid[i];
            principal += principalPaid[i];
            lost += writeDown[i];
            weighted += (i + 1) / 12.0 * principalPaid[i];
            if (Money.cents(principalPaid[i]).signum() > 0) {
                if (first == null) first = i + 1;
                last = i + 1;
            }
        }
        double wal = Money.cents(principal).signum() > 0 ? weighted / principal : 0;
        return new TrancheSummary(interest, principal, lost, wal, first, last);
    }
}

package meridian.pricing.abs.loss;

/**
 * Summary of simulated losses of a pool or tranche: expected loss, the 99% value at risk (the
 * loss not exceeded in 99% of scenarios) and the probability of losing anything, with the
 * losses also as a percentage of the exposed balance.
 */
public record LossDistribution(double balance, double expectedLoss, double var99, double probabilityOfLoss) {

    public double expectedLossPct() {
        return balance > 0 ? expectedLoss / balance * 100 : 0;
    }

    public double var99Pct() {
        return balance > 0 ? var99 / balance * 100 : 0;
    }

    /** Summarises sorted (ascending) scenario losses of an exposure of {@code balance}. */
    static LossDistribution of(double balance, double[] sortedLosses) {
        double sum = 0;
        int losing = 0;
        for (double loss : sortedLosses) {
            sum += loss;
            if (loss > 0) losing++;
        }
        int n = sortedLosses.length;
        int index = (int) Math.ceil(0.99 * n) - 1;
        return new LossDistribution(balance, sum / n, sortedLosses[Math.max(0, index)], (double) losing / n);
    }
}

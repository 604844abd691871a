package meridian.pricing.abs.loss;

/** A pool and a model as the loss_mc kernel reads them: copula factors, thresholds, balances flat by bucket. */
public record LossKernelInput(double systematic, double idiosyncratic, double recoveryMean, double recoverySd,
        double[] threshold, int[] bucketStart, int[] bucketLength, double[] balances) {

    public static LossKernelInput of(LossPortfolio portfolio, CreditLossModel model) {
        double rho = model.correlation();
        int buckets = portfolio.threshold.length;
        int[] start = new int[buckets];
        int[] length = new int[buckets];
        int total = 0;
        for (int b = 0; b < buckets; b++) {
            start[b] = total;
            length[b] = portfolio.bucketBalances[b].length;
            total += length[b];
        }
        double[] balances = new double[total];
        for (int b = 0; b < buckets; b++) {
            System.arraycopy(portfolio.bucketBalances[b], 0, balances, start[b], length[b]);
        }
        // The same expressions as CpuLossSimulator.runScenarios.
        return new LossKernelInput(Math.sqrt(rho), Math.sqrt(1 - rho), model.recoveryMeanPct() / 100,
                model.recoveryStdDevPct() / 100, portfolio.threshold.clone(), start, length, balances);
    }
}

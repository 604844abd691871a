package meridian.pricing.abs.loss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;
import meridian.domain.abs.RatingScale;
import meridian.domain.abs.Tranche;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * A pool prepared for simulation: balances, and for each loan the index of its default bucket
 * (rating and horizon in whole years share one default threshold), tranches from senior to sub.
 */
public final class LossPortfolio {
    final double[] balance;
    final int[] bucket;
    /** N^-1 of each bucket's default probability over its horizon. */
    final double[] threshold;
    final double[] bucketPd;
    final String[] trancheNames;
    final double[] trancheBalance;
    /** For each bucket, the balances of its loans, in pool order. */
    final double[][] bucketBalances;

    private LossPortfolio(double[] balance, int[] bucket, double[] threshold, double[] bucketPd,
                          String[] trancheNames, double[] trancheBalance) {
        this.balance = balance;
        this.bucket = bucket;
        this.threshold = threshold;
        this.bucketPd = bucketPd;
        this.trancheNames = trancheNames;
        this.trancheBalance = trancheBalance;
        int[] sizes = new int[threshold.length];
        for (int b : bucket) sizes[b]++;
        this.bucketBalances = new double[threshold.length][];
        for (int b = 0; b < sizes.length; b++) bucketBalances[b] = new double[sizes[b]];
        int[] filled = new int[threshold.length];
        for (int i = 0; i < bucket.length; i++) bucketBalances[bucket[i]][filled[bucket[i]]++] = balance[i];
    }

    public static LossPortfolio of(Pool pool, List<Tranche> tranches) {
        List<Loan> loans = pool.loans();
        int n = loans.size();
        double[] balance = new double[n];
        int[] bucket = new int[n];
        Map<String, Integer> buckets = new HashMap<>();
        java.util.List<Double> pds = new java.util.ArrayList<>();
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Loan loan = loans.get(i);
            balance[i] = loan.balance().doubleValue();
            if (!RatingScale.known(loan.rating())) {
                errors.add(new FieldError("pool.loans[" + i + "].rating", "a known rating is needed for its default probability"));
                continue;
            }
            int years = (loan.remainingTermMonths() + 11) / 12;
            String key = RatingScale.rank(loan.rating()).get() + "/" + years;
            Integer index = buckets.get(key);
            if (index == null) {
                index = pds.size();
                buckets.put(key, index);
                double annual = RatingScale.annualDefaultProbability(loan.rating());
                pds.add(1 - Math.pow(1 - annual, years));
            }
            bucket[i] = index;
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        double[] bucketPd = pds.stream().mapToDouble(Double::doubleValue).toArray();
        double[] threshold = new double[bucketPd.length];
        for (int b = 0; b < bucketPd.length; b++) threshold[b] = Normal.quantile(bucketPd[b]);
        String[] names = new String[tranches.size()];
        double[] sizes = new double[tranches.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = tranches.get(k).name();
            sizes[k] = tranches.get(k).balance().doubleValue();
        }
        return new LossPortfolio(balance, bucket, threshold, bucketPd, names, sizes);
    }

    /**
     * A portfolio as the simulators read it, from its buckets (as a worker receives it): loans are in bucket order,
     * so {@link #poolBalance()} may differ from the original pool's in the last bits; summarise with the original.
     */
    public static LossPortfolio ofBuckets(double[] thresholds, double[][] bucketBalances, String[] trancheNames,
                                          double[] trancheBalances) {
        if (thresholds.length != bucketBalances.length) {
            throw new IllegalArgumentException(thresholds.length + " thresholds for " + bucketBalances.length + " buckets");
        }
        if (trancheNames.length != trancheBalances.length) {
            throw new IllegalArgumentException(trancheNames.length + " tranche names for " + trancheBalances.length + " balances");
        }
        int loans = 0;
        for (double[] bucket : bucketBalances) loans += bucket.length;
        double[] balance = new double[loans];
        int[] bucket = new int[loans];
        int i = 0;
        for (int b = 0; b < bucketBalances.length; b++) {
            for (double value : bucketBalances[b]) {
                balance[i] = value;
                bucket[i++] = b;
            }
        }
        double[] pd = new double[thresholds.length];
        for (int b = 0; b < pd.length; b++) pd[b] = Normal.cdf(thresholds[b]);
        return new LossPortfolio(balance, bucket, thresholds.clone(), pd, trancheNames.clone(), trancheBalances.clone());
    }

    /** For each default bucket, the balances of its loans, in pool order. */
    public double[][] bucketBalances() {
        double[][] copy = new double[bucketBalances.length][];
        for (int b = 0; b < copy.length; b++) copy[b] = bucketBalances[b].clone();
        return copy;
    }

    /** Tranche names, senior first. */
    public String[] trancheNames() {
        return trancheNames.clone();
    }

    /** Loan balances, in pool order. */
    public double[] balances() {
        return balance.clone();
    }

    /** Each loan's default bucket, an index into {@link #bucketThresholds()}. */
    public int[] buckets() {
        return bucket.clone();
    }

    /** Per bucket, N^-1 of its default probability: the copula's default threshold. */
    public double[] bucketThresholds() {
        return threshold.clone();
    }

    /** Tranche balances, senior first. */
    public double[] trancheBalances() {
        return trancheBalance.clone();
    }

    public int loans() {
        return balance.length;
    }

    public double poolBalance() {
        double total = 0;
        for (double b : balance) total += b;
        return total;
    }
}

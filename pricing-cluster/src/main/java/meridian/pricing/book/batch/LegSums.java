package meridian.pricing.book.batch;

/**
 * Count, mean and sum of squared deviations of the pair averages of each (contract, leg): Welford's update within
 * a run of pairs, Chan's formula to merge runs, exactly as MonteCarloEngine's sums (so the CPU batch gives its bits).
 * Layout: entry {@code 3 × (contract × LEGS + leg)} holds n, mean, m2; the CUDA kernel writes the same layout.
 */
public final class LegSums {
    public static final int WIDTH = 3;

    final double[] values;

    public LegSums(int contracts) {
        this(new double[contracts * BookBatch.LEGS * WIDTH]);
    }

    public LegSums(double[] values) {
        this.values = values;
    }

    public double[] values() {
        return values;
    }

    public long count(int contract, int leg) {
        return (long) values[at(contract, leg)];
    }

    public double mean(int contract, int leg) {
        return values[at(contract, leg) + 1];
    }

    /** Standard error of the mean: √(sample variance / n). */
    public double stdErr(int contract, int leg) {
        int i = at(contract, leg);
        double n = values[i];
        double variance = n > 1 ? values[i + 2] / (n - 1) : 0.0;
        return Math.sqrt(variance / n);
    }

    /**
     * Merges partial sums laid out per (contract of a chunk, block, leg), blocks in order, into the contracts from
     * {@code firstContract} on: how the CUDA kernel's output is folded.
     */
    public void mergeBlocks(int firstContract, double[] partials, int contracts, int blocks) {
        for (int c = 0; c < contracts; c++) {
            for (int block = 0; block < blocks; block++) {
                int from = (c * blocks + block) * BookBatch.LEGS * WIDTH;
                for (int leg = 0; leg < BookBatch.LEGS; leg++) {
                    merge(values, at(firstContract + c, leg), partials, from + WIDTH * leg);
                }
            }
        }
    }

    static int at(int contract, int leg) {
        return WIDTH * (contract * BookBatch.LEGS + leg);
    }

    /** Welford's update of the sums at {@code i} with one value. */
    static void accept(double[] sums, int i, double y) {
        double n = sums[i] + 1;
        double mean = sums[i + 1];
        double dy = y - mean;
        mean += dy / n;
        sums[i] = n;
        sums[i + 1] = mean;
        sums[i + 2] += dy * (y - mean);
    }

    /** Chan's merge of the sums at {@code j} in {@code other} into those at {@code i} in {@code into}. */
    static void merge(double[] into, int i, double[] other, int j) {
        double m = other[j];
        if (m == 0) {
            return;
        }
        double n = into[i];
        if (n == 0) {
            into[i] = m;
            into[i + 1] = other[j + 1];
            into[i + 2] = other[j + 2];
            return;
        }
        double total = n + m;
        double dy = other[j + 1] - into[i + 1];
        double weight = n * m / total;
        into[i + 1] += dy * m / total;
        into[i + 2] += other[j + 2] + dy * dy * weight;
        into[i] = total;
    }
}

package meridian.pricing.cluster;

import java.util.List;
import meridian.pricing.abs.loss.LossPortfolio;

/**
 * A loan pool as a loss job carries it: each default bucket's copula threshold and loan balances, and the tranches.
 * 50,000 loans make about 450 KB of CBOR, more than Artery's ordinary frame: see the large-message destinations.
 */
public record LossPoolWire(double[] thresholds, double[][] bucketBalances, List<String> trancheNames,
                           double[] trancheBalances) {
    public LossPoolWire {
        trancheNames = List.copyOf(trancheNames);
    }

    public static LossPoolWire of(LossPortfolio portfolio) {
        return new LossPoolWire(portfolio.bucketThresholds(), portfolio.bucketBalances(),
                List.of(portfolio.trancheNames()), portfolio.trancheBalances());
    }

    public LossPortfolio toPortfolio() {
        return LossPortfolio.ofBuckets(thresholds, bucketBalances, trancheNames.toArray(String[]::new), trancheBalances);
    }

    public int loans() {
        int loans = 0;
        for (double[] bucket : bucketBalances) loans += bucket.length;
        return loans;
    }
}

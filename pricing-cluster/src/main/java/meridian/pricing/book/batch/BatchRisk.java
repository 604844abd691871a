package meridian.pricing.book.batch;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.pricing.api.Greeks;
import meridian.pricing.book.ContractRisk;

/** PV and Greeks from the legs' means, by the formulas of BumpGreeks (central differences in spot). */
public final class BatchRisk {
    private BatchRisk() {
    }

    public static List<ContractRisk> of(BookBatch batch, LegSums sums) {
        List<ContractRisk> risks = new ArrayList<>(batch.contracts());
        for (int c = 0; c < batch.contracts(); c++) {
            double pv = sums.mean(c, BookBatch.BASE);
            double h = batch.spotBumps[c];
            double up = sums.mean(c, BookBatch.SPOT_UP);
            double down = sums.mean(c, BookBatch.SPOT_DOWN);
            boolean expiring = batch.legInts[(c * BookBatch.LEGS + BookBatch.THETA) * BookBatch.LEG_INTS] < 0;
            // On the expiry date the product pays out: tomorrow it is worth nothing.
            double theta = expiring ? -pv : sums.mean(c, BookBatch.THETA) - pv;
            Greeks greeks = new Greeks((up - down) / (2 * h), (up - 2 * pv + down) / (h * h),
                    sums.mean(c, BookBatch.VOL_UP) - pv, theta, sums.mean(c, BookBatch.RATE_UP) - pv);
            risks.add(new ContractRisk(batch.contractId(c), pv, sums.stdErr(c, BookBatch.BASE), greeks));
        }
        return risks;
    }
}

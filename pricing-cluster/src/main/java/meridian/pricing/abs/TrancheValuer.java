package meridian.pricing.abs;

import java.util.ArrayList;
import java.util.List;

import meridian.domain.abs.DiscountCurve;

/** Discounts each tranche's projected cash flows and solves for its yield. */
public final class TrancheValuer {

    private TrancheValuer() {
    }

    public static List<TrancheValuation> value(List<TrancheCashflows> tranches, int periods, DiscountCurve curve) {
        double[] discount = new double[periods];
        for (int t = 1; t <= periods; t++) discount[t - 1] = curve.discountFactor(t / 12.0);
        List<TrancheValuation> valuations = new ArrayList<>();
        for (TrancheCashflows tranche : tranches) {
            double[] flows = new double[periods];
            double pv = 0;
            for (int i = 0; i < periods; i++) {
                flows[i] = tranche.interestPaid[i] + tranche.principalPaid[i];
                pv += flows[i] * discount[i];
            }
            double price = tranche.originalBalance > 0 ? pv / tranche.originalBalance * 100 : Double.NaN;
            valuations.add(new TrancheValuation(tranche.name, pv, price, yieldPct(flows, pv)));
        }
        return valuations;
    }

    /** The annual rate y, compounded monthly, with sum of flow_t / (1 + y/12)^t equal to the price; by bisection. */
    static double yieldPct(double[] flows, double price) {
        double total = 0;
        for (double flow : flows) total += flow;
        if (!(price > 0) || total <= 0) return Double.NaN;
        double low = -0.99;
        double high = 10.0;
        for (int iteration = 0; iteration < 200 && high - low > 1e-12; iteration++) {
            double mid = (low + high) / 2;
            if (presentValue(flows, mid) > price) low = mid;
            else high = mid;
        }
        return (low + high) / 2 * 100;
    }

    static double presentValue(double[] flows, double annualRate) {
        double factor = 1 / (1 + annualRate / 12);
        double discount = 1;
        double pv = 0;
        for (double flow : flows) {
            discount *= factor;
            pv += flow * discount;
        }
        return pv;
    }
}

package meridian.pricing.solve;

import java.util.function.DoubleUnaryOperator;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.SolveFor;
import meridian.domain.pricing.api.SolveResponse;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.Product;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.domain.pricing.schedule.ResolvedSchedule;
import meridian.pricing.ProductPricer;

/**
 * Finds the quoted term that makes PV equal the target. The pricer is reused for every trial value, so a Monte Carlo
 * pricer prices every trial on the same paths (same seed, counter-based stream) and the PV is a smooth,
 * deterministic function of the term.
 */
public final class TermSolver {
    private static final int MAX_EVALUATIONS = 100;

    private TermSolver() {
    }

    public static SolveResponse solve(ProductPricer pricer, Product product, ResolvedSchedule schedule,
            MarketData market, SolveFor solveFor, double targetPv) {
        if (solveFor == SolveFor.PREMIUM) {
            double pv = pricer.price(new ResolvedProduct(product, schedule), market).pv();
            return new SolveResponse(solveFor, pv - targetPv, targetPv, 1);
        }
        QuotedTerm term = QuotedTerm.of(solveFor, product);
        int[] evaluations = {0};
        DoubleUnaryOperator f = x -> {
            evaluations[0]++;
            return pricer.price(new ResolvedProduct(term.with(product, x), schedule), market).pv() - targetPv;
        };
        double low = term.low();
        double high = term.high();
        double fLow = f.applyAsDouble(low);
        double fHigh = f.applyAsDouble(high);
        while (Math.signum(fLow) == Math.signum(fHigh) && fLow != 0 && high < term.limit()) {
            low = high;
            fLow = fHigh;
            high = Math.min(high * 2, term.limit());
            fHigh = f.applyAsDouble(high);
        }
        if (Math.signum(fLow) == Math.signum(fHigh) && fLow != 0 && fHigh != 0) {
            throw new ValidationException("targetPv", "no " + term.field() + " between " + term.low() + " and "
                    + term.limit() + " gives a PV of " + targetPv);
        }
        Brent.Root root = Brent.solve(f, low, high, fLow, fHigh, 1e-9, MAX_EVALUATIONS);
        return new SolveResponse(solveFor, root.x(), root.fx() + targetPv, evaluations[0]);
    }
}

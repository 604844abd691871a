package meridian.pricing.bench;

import net.finmath.exception.CalculationException;
import net.finmath.montecarlo.assetderivativevaluation.AssetModelMonteCarloSimulationModel;
import net.finmath.montecarlo.assetderivativevaluation.products.AbstractAssetMonteCarloProduct;
import net.finmath.stochastic.RandomVariable;
import net.finmath.stochastic.Scalar;

/**
 * The discretely observed structures written as finmath-lib products (finmath ships no barrier or autocallable
 * Monte Carlo product): per-path vectors, observed on every time of the model's discretization after 0.
 */
final class FinmathProducts {
    private FinmathProducts() {
    }

    /** Up-and-out call per unit, barrier watched at each time index ≥ 1, rebate paid at maturity. */
    static final class UpAndOutCall extends AbstractAssetMonteCarloProduct {
        private final double strike;
        private final double barrier;
        private final double rebate;

        UpAndOutCall(double strike, double barrier, double rebate) {
            this.strike = strike;
            this.barrier = barrier;
            this.rebate = rebate;
        }

        @Override
        public RandomVariable getValue(double evaluationTime, AssetModelMonteCarloSimulationModel model)
                throws CalculationException {
            int last = model.getTimeDiscretization().getNumberOfTimes() - 1;
            RandomVariable alive = new Scalar(1.0);
            RandomVariable dead = new Scalar(0.0);
            for (int i = 1; i <= last; i++) {
                alive = model.getAssetValue(i, 0).sub(barrier).choose(dead, alive);
            }
            RandomVariable finalValue = model.getAssetValue(last, 0);
            RandomVariable payoff = finalValue.sub(strike).floor(0.0).mult(alive)
                    .add(alive.mult(-1.0).add(1.0).mult(rebate));
            return payoff.div(model.getNumeraire(last)).mult(model.getNumeraire(evaluationTime));
        }
    }

    /** Snowball per unit notional: knock-out on the given time indices, knock-in on every index ≥ 1. */
    static final class Snowball extends AbstractAssetMonteCarloProduct {
        private final double knockOut;
        private final double knockIn;
        private final int[] knockOutIndices;
        private final double[] knockOutCoupons;
        private final double dividendCoupon;
        private final double initialPrice;

        Snowball(double knockOut, double knockIn, int[] knockOutIndices, double[] knockOutCoupons,
                double dividendCoupon, double initialPrice) {
            this.knockOut = knockOut;
            this.knockIn = knockIn;
            this.knockOutIndices = knockOutIndices;
            this.knockOutCoupons = knockOutCoupons;
            this.dividendCoupon = dividendCoupon;
            this.initialPrice = initialPrice;
        }

        @Override
        public RandomVariable getValue(double evaluationTime, AssetModelMonteCarloSimulationModel model)
                throws CalculationException {
            int last = model.getTimeDiscretization().getNumberOfTimes() - 1;
            RandomVariable zero = new Scalar(0.0);
            RandomVariable one = new Scalar(1.0);
            RandomVariable alive = one;
            RandomVariable knockedIn = zero;
            RandomVariable value = zero;
            int next = 0;
            for (int i = 1; i <= last; i++) {
                RandomVariable s = model.getAssetValue(i, 0);
                knockedIn = s.sub(knockIn).choose(knockedIn, one);
                if (next < knockOutIndices.length && knockOutIndices[next] == i) {
                    RandomVariable out = s.sub(knockOut).choose(alive, zero);
                    value = value.add(out.mult(knockOutCoupons[next]).div(model.getNumeraire(i)));
                    alive = alive.sub(out);
                    next++;
                }
            }
            RandomVariable finalValue = model.getAssetValue(last, 0);
            RandomVariable loss = finalValue.div(initialPrice).mult(-1.0).add(1.0).floor(0.0).mult(-1.0);
            RandomVariable atExpiry = knockedIn.mult(loss).add(knockedIn.mult(-1.0).add(1.0).mult(dividendCoupon));
            value = value.add(alive.mult(atExpiry).div(model.getNumeraire(last)));
            return value.mult(model.getNumeraire(evaluationTime));
        }
    }
}

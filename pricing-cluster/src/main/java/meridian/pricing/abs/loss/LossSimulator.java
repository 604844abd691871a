package meridian.pricing.abs.loss;

/**
 * A Monte Carlo credit-loss engine for the one-factor Gaussian copula of {@link CreditLossModel}.
 * {@link CpuLossSimulator} is the CPU one; a GPU engine plugs in behind the same call and turns its
 * scenario losses into the same summary with {@link CpuLossSimulator#summarise}.
 */
public interface LossSimulator {
    LossSimulation simulate(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed);

    /**
     * Pool losses of scenarios {@code from} (inclusive) to {@code to} (exclusive), in scenario order: exactly the
     * losses those scenarios have in one whole run of the same seed, so a run split into ranges merges back into it.
     */
    double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int from, int to, long seed);
}

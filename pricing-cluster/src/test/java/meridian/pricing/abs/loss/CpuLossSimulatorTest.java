package meridian.pricing.abs.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;
import meridian.domain.abs.RatingScale;
import meridian.domain.abs.Tranche;
import meridian.domain.common.ValidationException;

class CpuLossSimulatorTest {

    private static Pool pool(int loans, String rating, int termMonths) {
        List<Loan> list = new ArrayList<>();
        for (int i = 0; i < loans; i++) {
            list.add(new Loan("L" + i, new BigDecimal("1000"), new BigDecimal("6"), termMonths, Amortization.LEVEL_PAY,
                    "O" + i, "Retail", "East", rating));
        }
        return new Pool(LocalDate.of(2026, 1, 31), list);
    }

    private static List<Tranche> tranches(double total) {
        return List.of(new Tranche("A", BigDecimal.valueOf(total * 0.85), BigDecimal.ONE),
                new Tranche("B", BigDecimal.valueOf(total * 0.10), BigDecimal.valueOf(2)),
                new Tranche("Sub", BigDecimal.valueOf(total * 0.05), null));
    }

    @Test
    void sameSeedGivesTheSameLossesWhateverTheThreadCount() {
        LossPortfolio portfolio = LossPortfolio.of(pool(300, "BB", 36), tranches(300_000));
        CreditLossModel model = new CreditLossModel(0.2, 40, 20);
        double[] one = new CpuLossSimulator(1).poolLosses(portfolio, model, 3_000, 42);
        double[] four = new CpuLossSimulator(4).poolLosses(portfolio, model, 3_000, 42);
        assertArrayEquals(one, four);
        double[] other = new CpuLossSimulator(1).poolLosses(portfolio, model, 3_000, 43);
        assertTrue(!java.util.Arrays.equals(one, other));
    }

    @Test
    void aRangeOfScenariosHasTheLossesOfThoseScenariosInTheWholeRun() {
        LossPortfolio portfolio = LossPortfolio.of(pool(300, "BB", 36), tranches(300_000));
        CreditLossModel model = new CreditLossModel(0.2, 40, 20);
        double[] whole = new CpuLossSimulator(1).poolLosses(portfolio, model, 3_000, 42);
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 1_000, 1_700),
                new CpuLossSimulator(3).poolLosses(portfolio, model, 1_000, 1_700, 42));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 2_999, 3_000),
                new CpuLossSimulator(1).poolLosses(portfolio, model, 2_999, 3_000, 42));
        assertThrows(IllegalArgumentException.class, () -> new CpuLossSimulator(1).poolLosses(portfolio, model, 5, 5, 42));
    }

    @Test
    void independentDefaultsMatchTheRatingDefaultProbability() {
        // one B loan over 3 years, no correlation, fixed 40% recovery
        LossPortfolio portfolio = LossPortfolio.of(pool(1, "B", 36), List.of(new Tranche("Sub", new BigDecimal("1000"), null)));
        LossSimulation result = new CpuLossSimulator(2).simulate(portfolio, new CreditLossModel(0, 40, 0), 40_000, 7);
        double pd = 1 - Math.pow(1 - RatingScale.annualDefaultProbability("B"), 3);
        double stdErr = Math.sqrt(pd * (1 - pd) / 40_000);
        assertEquals(pd, result.pool().probabilityOfLoss(), 4 * stdErr);
        assertEquals(pd * 600, result.pool().expectedLoss(), 4 * stdErr * 600);
    }

    @Test
    void largeHomogeneousPoolFollowsTheVasicekQuantile() {
        double rho = 0.15;
        LossPortfolio portfolio = LossPortfolio.of(pool(2_000, "BB-", 60), tranches(2_000_000));
        LossSimulation result = new CpuLossSimulator(2).simulate(portfolio, new CreditLossModel(rho, 30, 0), 4_000, 11);
        double pd = 1 - Math.pow(1 - RatingScale.annualDefaultProbability("BB-"), 5);
        double vasicek = Normal.cdf((Normal.quantile(pd) + Math.sqrt(rho) * Normal.quantile(0.99)) / Math.sqrt(1 - rho));
        assertEquals(vasicek * 0.7 * 100, result.pool().var99Pct(), vasicek * 0.7 * 100 * 0.12);
        assertEquals(pd * 0.7 * 100, result.pool().expectedLossPct(), pd * 0.7 * 100 * 0.08);
    }

    @Test
    void correlationFattensTheTailAndLossesHitJuniorTranchesFirst() {
        LossPortfolio portfolio = LossPortfolio.of(pool(500, "B+", 48), tranches(500_000));
        LossSimulation independent = new CpuLossSimulator(2).simulate(portfolio, new CreditLossModel(0, 40, 25), 4_000, 5);
        LossSimulation correlated = new CpuLossSimulator(2).simulate(portfolio, new CreditLossModel(0.4, 40, 25), 4_000, 5);
        assertTrue(correlated.pool().var99() > 1.5 * independent.pool().var99());
        LossDistribution a = correlated.tranches().get("A");
        LossDistribution b = correlated.tranches().get("B");
        LossDistribution sub = correlated.tranches().get("Sub");
        assertTrue(sub.expectedLossPct() > b.expectedLossPct() && b.expectedLossPct() >= a.expectedLossPct());
        assertTrue(sub.probabilityOfLoss() >= b.probabilityOfLoss());
        assertEquals(correlated.pool().expectedLoss(), a.expectedLoss() + b.expectedLoss() + sub.expectedLoss(), 1e-6);
    }

    @Test
    void rejectsBadModelsAndUnratedLoans() {
        assertThrows(ValidationException.class, () -> new CreditLossModel(1.0, 40, 10));
        Pool unrated = new Pool(LocalDate.of(2026, 1, 31), List.of(new Loan("X", BigDecimal.TEN, BigDecimal.ONE, 12,
                Amortization.BULLET, "O", "I", "R", "")));
        ValidationException e = assertThrows(ValidationException.class,
                () -> LossPortfolio.of(unrated, List.of(new Tranche("S", BigDecimal.TEN, null))));
        assertEquals("pool.loans[0].rating", e.errors().get(0).field());
    }
}

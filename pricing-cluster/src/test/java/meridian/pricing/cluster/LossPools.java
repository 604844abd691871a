package meridian.pricing.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import meridian.domain.abs.Amortization;
import meridian.domain.abs.Loan;
import meridian.domain.abs.Pool;
import meridian.domain.abs.Tranche;
import meridian.pricing.abs.loss.LossPortfolio;

/** Synthetic loan pools for loss jobs: mixed ratings and terms, A/B/Sub tranches of 85/10/5%. */
final class LossPools {
    private LossPools() {
    }

    static LossPortfolio portfolio(int loans, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] ratings = {"AA", "A", "BBB", "BB", "B"};
        List<Loan> list = new ArrayList<>(loans);
        double total = 0;
        for (int i = 0; i < loans; i++) {
            BigDecimal balance = BigDecimal.valueOf(5_000 + random.nextInt(95_000));
            total += balance.doubleValue();
            list.add(new Loan("L" + i, balance, new BigDecimal("6"), 12 + random.nextInt(349), Amortization.LEVEL_PAY,
                    "O" + i, "Retail", "East", ratings[random.nextInt(ratings.length)]));
        }
        return LossPortfolio.of(new Pool(LocalDate.of(2026, 1, 31), list),
                List.of(new Tranche("A", BigDecimal.valueOf(total * 0.85), BigDecimal.ONE),
                        new Tranche("B", BigDecimal.valueOf(total * 0.10), BigDecimal.valueOf(2)),
                        new Tranche("Sub", BigDecimal.valueOf(total * 0.05), null)));
    }
}

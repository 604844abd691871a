package meridian.pricing.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookFixtures;
import meridian.pricing.book.SyntheticBook;
import meridian.pricing.pde.PdePlan;
import meridian.pricing.pde.PdePricer;

/**
 * A mixed book's PDE plans: every structure of BookFixtures that one fixed grid values (fresh, seasoned and expiring
 * trades) and a slice of the synthetic book, each with spot shifts of ±10% as nodes; three vols per plan.
 */
final class PlanFixtures {
    static final double[] VOL_SHIFTS = {-0.05, 0.0, 0.04};

    final List<PdePlan> plans = new ArrayList<>();
    final List<Double> notionals = new ArrayList<>();
    final int[] planOf;
    final double[] vols;

    PlanFixtures(int synthetic) {
        List<Double> baseVols = new ArrayList<>();
        add(BookFixtures.book(), BookFixtures.markets(), baseVols);
        add(SyntheticBook.of(synthetic, 11L), SyntheticBook.markets(), baseVols);
        planOf = new int[plans.size() * VOL_SHIFTS.length];
        vols = new double[planOf.length];
        for (int c = 0; c < plans.size(); c++) {
            for (int j = 0; j < VOL_SHIFTS.length; j++) {
                planOf[c * VOL_SHIFTS.length + j] = c;
                vols[c * VOL_SHIFTS.length + j] = baseVols.get(c) + VOL_SHIFTS[j];
            }
        }
    }

    private void add(List<BookContract> book, Map<String, MarketData> markets, List<Double> baseVols) {
        PdePricer pricer = new PdePricer();
        for (BookContract contract : book) {
            MarketData m = markets.get(contract.underlying());
            double[] spots = {m.spot(), 0.9 * m.spot(), 1.1 * m.spot()};
            pricer.plan(contract.product().resolve(TradingCalendars.of(BookFixtures.RUN.calendar())), m, spots,
                    m.vol() + 0.05).ifPresent(plan -> {
                        plans.add(plan);
                        notionals.add(contract.product().terms().notionalAmount());
                        baseVols.add(m.vol());
                    });
        }
    }
}

package meridian.pricing.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.product.ResolvedProduct;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookFixtures;
import meridian.pricing.pde.CpuPlanEngine;
import meridian.pricing.pde.PdePlan;
import meridian.pricing.pde.PdePricer;
import meridian.pricing.pde.PlanExecutor;
import org.junit.jupiter.api.Test;

/**
 * The PDE scenario grid on a mixed book (every structure; fresh, seasoned and expiring trades; three underlyings):
 * its centre is the book's PV by PDE, a shifted cell is a direct PDE price at the shifted spot and vol, and what one
 * fixed grid cannot value is handed back for Monte Carlo with the reason.
 */
class PdeScenarioGridTest {
    private static final List<Double> SPOTS = List.of(-0.2, -0.1, 0.0, 0.05, 0.2);
    private static final List<Double> VOLS = List.of(-0.05, 0.0, 0.05);
    private static final CalendarId CALENDAR = BookFixtures.RUN.calendar();

    private final List<BookContract> book = BookFixtures.book();
    private final Map<String, MarketData> markets = BookFixtures.markets();
    private final PdePricer pricer = new PdePricer();
    private final PdeScenarioGrid.Result grid = new PdeScenarioGrid(new CpuPlanEngine())
            .value(book, markets, CALENDAR, SPOTS, VOLS);

    @Test
    void theAsianAndContinuousBarriersAreLeftToMonteCarloWithTheReason() {
        assertEquals(3, grid.fallbacks().size(), grid.fallbacks().toString());
        assertEquals(book.size() - 3, grid.pdeContracts().size());
        for (PdeScenarioGrid.Fallback f : grid.fallbacks()) {
            assertTrue(f.reason().contains("ASIAN") || f.reason().contains("continuous barrier"), f.toString());
        }
        assertEquals("cpu", grid.engine());
    }

    @Test
    void theCentreCellIsTheBooksPdePv() {
        double expected = 0.0;
        for (BookContract c : pdeContracts()) {
            expected += pricer.price(resolve(c), markets.get(c.underlying())).pv();
        }
        // Same PDE, but the grid also has every shifted spot as a node and is wide enough for the highest vol.
        assertEquals(expected, grid.pv()[2][1], 2e-5 * notional());
    }

    @Test
    void aShiftedCellIsTheDirectPdePriceAtTheShiftedSpotAndVol() {
        for (int[] cell : new int[][] {{0, 0}, {4, 2}, {3, 1}, {1, 2}}) {
            double spotShift = SPOTS.get(cell[0]);
            double volShift = VOLS.get(cell[1]);
            double onSameGrid = 0.0;
            double onOwnGrid = 0.0;
            for (BookContract c : pdeContracts()) {
                MarketData base = markets.get(c.underlying());
                MarketData shifted = base.withSpot(base.spot() * (1 + spotShift)).withVol(base.vol() + volShift);
                // The scenario grid's spots and width, but valued on the shifted market: today's spot is only a node.
                PdePlan plan = pricer.plan(resolve(c), shifted, spots(base), base.vol() + 0.05).orElseThrow();
                onSameGrid += PlanExecutor.run(plan, shifted.vol())[0][plan.nodeOf(shifted.spot())];
                onOwnGrid += pricer.price(resolve(c), shifted).pv();
            }
            String where = "spot " + spotShift + ", vol " + volShift;
            assertEquals(onSameGrid, grid.pv()[cell[0]][cell[1]], 1e-9 * notional(), where);
            assertEquals(onOwnGrid, grid.pv()[cell[0]][cell[1]], 2e-5 * notional(), where + " (PdePricer's own grid)");
        }
        assertTrue(grid.pv()[0][1] != grid.pv()[4][1]);
    }

    @Test
    void aVolShiftToZeroOrBelowNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> new PdeScenarioGrid(new CpuPlanEngine())
                .value(book, markets, CALENDAR, SPOTS, List.of(-0.25)));
        assertEquals("volShifts", e.errors().get(0).field());
    }

    private List<BookContract> pdeContracts() {
        return book.stream().filter(c -> grid.pdeContracts().contains(c.contractId())).toList();
    }

    private double notional() {
        return pdeContracts().stream().mapToDouble(c -> c.product().terms().notionalAmount()).sum();
    }

    private static double[] spots(MarketData base) {
        double[] spots = new double[SPOTS.size() + 1];
        spots[0] = base.spot();
        for (int i = 0; i < SPOTS.size(); i++) {
            spots[i + 1] = base.spot() * (1 + SPOTS.get(i));
        }
        return spots;
    }

    private static ResolvedProduct resolve(BookContract c) {
        return c.product().resolve(TradingCalendars.of(CALENDAR));
    }
}

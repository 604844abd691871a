package meridian.pricing.cluster;

import java.util.List;
import meridian.pricing.scenario.PdeScenarioGrid;

/**
 * The book's total PV (CNY) for each spot shift (relative, 0.05 = +5%) and vol shift (absolute, 0.01 = +1 vol point):
 * {@code pv[i][j]} is spot shift i with vol shift j. method: PDE (every contract by PDE), PDE+MC (the fallbacks by
 * Monte Carlo per cell on the workers) or MC; engine: the engines that ran ("pde-gpu", "pde-cpu+mc-cpu", "cpu");
 * pdeMs: the PDE part's milliseconds, plans included.
 */
public record ScenarioGrid(List<Double> spotShifts, List<Double> volShifts, double[][] pv, int contracts, String engine,
                           long elapsedMs, String method, int pdeContracts, int mcContracts,
                           List<PdeScenarioGrid.Fallback> fallbacks, long pdeMs) {
}

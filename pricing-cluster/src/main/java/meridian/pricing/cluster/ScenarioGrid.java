package meridian.pricing.cluster;

import java.util.List;

/**
 * The book's total PV (CNY) for each spot shift (relative, 0.05 = +5%) and vol shift (absolute, 0.01 = +1 vol point):
 * {@code pv[i][j]} is spot shift i with vol shift j.
 */
public record ScenarioGrid(List<Double> spotShifts, List<Double> volShifts, double[][] pv, int contracts, String engine,
                           long elapsedMs) {
}

package meridian.pricing.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A backward problem on one grid: layers of values (e.g. not-knocked-in / knocked-in), their values at expiry,
 * events at observation times that rewrite the layers, and optional Dirichlet edges (continuous barriers).
 */
final class PdeProblem {
    /** The layer rewrites of one observation time; rough events restart the Rannacher smoothing. */
    record Event(double time, int order, List<EventOp> ops, boolean rough) {
    }

    final double[] grid;
    final double expiry;
    final double[][] layers;
    final List<Event> events = new ArrayList<>();
    /**
     * Dirichlet edges per layer: the edge node holds amount × e^(−r(expiry − t)) (a rebate paid at the hit, 0 for a
     * knock-in's killed leg); NaN is no edge (V_SS = 0 there).
     */
    final double[] lowerEdge;
    final double[] upperEdge;

    PdeProblem(double[] grid, double expiry, int layerCount) {
        this.grid = grid;
        this.expiry = expiry;
        this.layers = new double[layerCount][grid.length];
        this.lowerEdge = new double[layerCount];
        this.upperEdge = new double[layerCount];
        Arrays.fill(lowerEdge, Double.NaN);
        Arrays.fill(upperEdge, Double.NaN);
    }

    void at(double time, int order, boolean rough, EventOp... ops) {
        events.add(new Event(time, order, List.of(ops), rough));
    }

    List<Event> eventsSorted() {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(Event::time).reversed().thenComparingInt(Event::order));
        return sorted;
    }

    /**
     * For each node beyond the level: target = value. A node on the level takes the mix weighted by the share of
     * its control volume [s − h₋/2, s + h₊/2] that lies beyond the level, so the jump sits where it belongs.
     */
    static void setBeyond(double[] grid, double level, boolean up, double[] target, double value) {
        for (int i = 0; i < grid.length; i++) {
            double w = weightBeyond(grid, i, level, up);
            if (w > 0) {
                target[i] = w * value + (1 - w) * target[i];
            }
        }
    }

    /** 1 strictly beyond the level, 0 on the live side, the control-volume share for a node on the level. */
    static double weightBeyond(double[] grid, int i, double level, boolean up) {
        double side = side(grid[i], level, up);
        if (side != 0) {
            return side > 0 ? 1.0 : 0.0;
        }
        if (i == 0 || i == grid.length - 1) {
            return 0.5;
        }
        double below = grid[i] - grid[i - 1];
        double above = grid[i + 1] - grid[i];
        return (up ? above : below) / (below + above);
    }

    /** +1 strictly beyond the level, 0 on it (node placed there), -1 on the live side. */
    static double side(double s, double level, boolean up) {
        if (Math.abs(s - level) <= 1e-12 * level) {
            return 0;
        }
        return (up ? s > level : s < level) ? 1 : -1;
    }
}

package meridian.pricing.pde;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A backward problem on one grid: layers of values (e.g. not-knocked-in / knocked-in), their values at expiry,
 * events at observation times that rewrite the layers, and optional Dirichlet edges (continuous barriers).
 */
final class PdeProblem {
    /** Rewrites the layers at an observation time; rough events restart the Rannacher smoothing. */
    interface Action {
        void apply(double[][] layers, double[] grid);
    }

    record Event(double time, int order, Action action, boolean rough) {
    }

    final double[] grid;
    final double expiry;
    final double[][] layers;
    final List<Event> events = new ArrayList<>();
    DoubleUnaryOperator[] lowerEdge;
    DoubleUnaryOperator[] upperEdge;

    PdeProblem(double[] grid, double expiry, int layerCount) {
        this.grid = grid;
        this.expiry = expiry;
        this.layers = new double[layerCount][grid.length];
    }

    void at(double time, int order, boolean rough, Action action) {
        events.add(new Event(time, order, action, rough));
    }

    List<Event> eventsSorted() {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(Event::time).reversed().thenComparingInt(Event::order));
        return sorted;
    }

    /**
     * For each node beyond the level: target = source. A node on the level takes the mix weighted by the share of
     * its control volume [s − h₋/2, s + h₊/2] that lies beyond the level, so the jump sits where it belongs.
     */
    static void replaceBeyond(double[] grid, double level, boolean up, double[] target, double[] source) {
        for (int i = 0; i < grid.length; i++) {
            double w = weightBeyond(grid, i, level, up);
            if (w > 0) {
                target[i] = w * source[i] + (1 - w) * target[i];
            }
        }
    }

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

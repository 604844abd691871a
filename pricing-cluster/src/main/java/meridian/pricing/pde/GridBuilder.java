package meridian.pricing.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-uniform spot grid: nodes equally spaced in a stretched log coordinate whose density is raised (Gaussian bumps)
 * around the focus levels (strike, barriers, spot), with the exact levels (barriers, strike, spot) inserted as nodes.
 */
final class GridBuilder {
    private static final int FINE = 4000;
    private static final double DENSITY_PEAK = 6.0;

    private GridBuilder() {
    }

    static double[] build(double low, double high, double[] focus, double[] exact, int nodes) {
        double xLow = Math.log(low);
        double xHigh = Math.log(high);
        double width = (xHigh - xLow) / 25;
        double[] fineX = new double[FINE + 1];
        double[] cumulative = new double[FINE + 1];
        double previousDensity = density(xLow, focus, width);
        fineX[0] = xLow;
        for (int i = 1; i <= FINE; i++) {
            fineX[i] = xLow + (xHigh - xLow) * i / FINE;
            double d = density(fineX[i], focus, width);
            cumulative[i] = cumulative[i - 1] + 0.5 * (d + previousDensity) * (fineX[i] - fineX[i - 1]);
            previousDensity = d;
        }
        double[] x = new double[nodes];
        int j = 0;
        for (int n = 0; n < nodes; n++) {
            double target = cumulative[FINE] * n / (nodes - 1);
            while (j < FINE - 1 && cumulative[j + 1] < target) {
                j++;
            }
            double span = cumulative[j + 1] - cumulative[j];
            double w = span > 0 ? (target - cumulative[j]) / span : 0;
            x[n] = fineX[j] + w * (fineX[j + 1] - fineX[j]);
        }
        x[0] = xLow;
        x[nodes - 1] = xHigh;
        List<Double> levels = new ArrayList<>();
        for (double xi : x) {
            levels.add(Math.exp(xi));
        }
        levels.set(0, low);
        levels.set(levels.size() - 1, high);
        for (double level : distinct(exact)) {
            if (level <= low * (1 + 1e-12) || level >= high * (1 - 1e-12)) {
                continue;
            }
            int at = 0;
            while (levels.get(at) < level) {
                at++;
            }
            double spacing = levels.get(at) - levels.get(at - 1);
            // Drop neighbours too close to the inserted level, never the grid ends.
            if (at < levels.size() - 1 && levels.get(at) - level < 0.4 * spacing && !isExact(levels.get(at), exact)) {
                levels.remove(at);
            }
            if (at - 1 > 0 && level - levels.get(at - 1) < 0.4 * spacing && !isExact(levels.get(at - 1), exact)) {
                levels.remove(at - 1);
                at--;
            }
            levels.add(at, level);
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isExact(double level, double[] exact) {
        for (double e : exact) {
            if (Math.abs(level - e) <= 1e-12 * e) {
                return true;
            }
        }
        return false;
    }

    private static double[] distinct(double[] exact) {
        double[] sorted = exact.clone();
        Arrays.sort(sorted);
        List<Double> kept = new ArrayList<>();
        for (double level : sorted) {
            if (kept.isEmpty() || level > kept.get(kept.size() - 1) * (1 + 1e-9)) {
                kept.add(level);
            }
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double density(double x, double[] focus, double width) {
        double d = 1.0;
        for (double f : focus) {
            double u = (x - Math.log(f)) / width;
            d += DENSITY_PEAK * Math.exp(-u * u);
        }
        return d;
    }

    /** Index of the node equal to the level (relative tolerance 1e-9), or -1. */
    static int indexOf(double[] grid, double level) {
        int at = Arrays.binarySearch(grid, level);
        if (at >= 0) {
            return at;
        }
        int insertion = -at - 1;
        for (int i = Math.max(0, insertion - 1); i <= Math.min(grid.length - 1, insertion); i++) {
            if (Math.abs(grid[i] - level) <= 1e-9 * level) {
                return i;
            }
        }
        return -1;
    }
}

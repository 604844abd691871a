package meridian.pricing.pde;

import java.util.List;

/**
 * Marches a {@link PdeProblem} from expiry to valuation: Crank-Nicolson, with Rannacher start-up (the first steps
 * as pairs of implicit half steps) after expiry and after every rough event, steps landing exactly on event times.
 */
final class PdeSolver {
    private final double maxStep;
    private final int minStepsPerInterval;
    private final int smoothingSteps;

    PdeSolver(double maxStep, int minStepsPerInterval, int smoothingSteps) {
        this.maxStep = maxStep;
        this.minStepsPerInterval = minStepsPerInterval;
        this.smoothingSteps = smoothingSteps;
    }

    void solve(PdeProblem problem, double r, double q, double vol) {
        ThetaScheme scheme = new ThetaScheme(problem.grid, r, q, vol);
        List<PdeProblem.Event> events = problem.eventsSorted();
        double[][] layers = problem.layers;
        int next = 0;
        double eps = 1e-12;
        while (next < events.size() && events.get(next).time() >= problem.expiry - eps) {
            events.get(next).action().apply(layers, problem.grid);
            next++;
        }
        double now = problem.expiry;
        int rannacher = smoothingSteps;
        while (now > eps) {
            double stop = next < events.size() ? Math.max(events.get(next).time(), 0.0) : 0.0;
            double span = now - stop;
            if (span > eps) {
                int steps = Math.max(minStepsPerInterval, (int) Math.ceil(span / maxStep));
                double dt = span / steps;
                for (int k = 0; k < steps; k++) {
                    double after = now - dt * (k + 1);
                    if (rannacher > 0) {
                        step(problem, scheme, layers, dt / 2, 1.0, after + dt / 2);
                        step(problem, scheme, layers, dt / 2, 1.0, after);
                        rannacher--;
                    } else {
                        step(problem, scheme, layers, dt, 0.5, after);
                    }
                }
            }
            now = stop;
            while (next < events.size() && events.get(next).time() >= now - eps) {
                PdeProblem.Event event = events.get(next);
                event.action().apply(layers, problem.grid);
                if (event.rough()) {
                    rannacher = smoothingSteps;
                }
                next++;
            }
        }
        while (next < events.size()) {
            events.get(next).action().apply(layers, problem.grid);
            next++;
        }
    }

    private static void step(PdeProblem problem, ThetaScheme scheme, double[][] layers, double dt, double theta,
            double timeAfter) {
        for (int l = 0; l < layers.length; l++) {
            double low = problem.lowerEdge == null || problem.lowerEdge[l] == null ? Double.NaN
                    : problem.lowerEdge[l].applyAsDouble(timeAfter);
            double high = problem.upperEdge == null || problem.upperEdge[l] == null ? Double.NaN
                    : problem.upperEdge[l].applyAsDouble(timeAfter);
            scheme.step(layers[l], dt, theta, low, high);
        }
    }
}

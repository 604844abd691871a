package meridian.pricing.pde;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a {@link PdeProblem} into the {@link PdePlan} that marches it from expiry to valuation: Crank-Nicolson, with
 * Rannacher start-up (the first steps as pairs of implicit half steps) after expiry and after every rough event,
 * steps landing exactly on event times; {@link #solve} runs the plan with {@link PlanExecutor}.
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

    /** Replaces the problem's layers (values at expiry) by their values at valuation. */
    void solve(PdeProblem problem, double r, double q, double vol) {
        double[][] solved = PlanExecutor.run(plan(problem, r, q), vol);
        for (int l = 0; l < solved.length; l++) {
            System.arraycopy(solved[l], 0, problem.layers[l], 0, problem.grid.length);
        }
    }

    PdePlan plan(PdeProblem problem, double r, double q) {
        Program program = new Program();
        List<PdeProblem.Event> events = problem.eventsSorted();
        int next = 0;
        double eps = 1e-12;
        while (next < events.size() && events.get(next).time() >= problem.expiry - eps) {
            program.events(events.get(next));
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
                int k = 0;
                for (; k < steps && rannacher > 0; k++, rannacher--) {
                    double after = now - dt * (k + 1);
                    program.steps(1, dt / 2, 1.0, after + dt);
                    program.steps(1, dt / 2, 1.0, after + dt / 2);
                }
                if (k < steps) {
                    program.steps(steps - k, dt, 0.5, now - dt * k);
                }
            }
            now = stop;
            while (next < events.size() && events.get(next).time() >= now - eps) {
                PdeProblem.Event event = events.get(next);
                program.events(event);
                if (event.rough()) {
                    rannacher = smoothingSteps;
                }
                next++;
            }
        }
        while (next < events.size()) {
            program.events(events.get(next));
            next++;
        }
        return new PdePlan(problem.grid, problem.layers, r, q, problem.expiry, problem.lowerEdge.clone(),
                problem.upperEdge.clone(), program.ints(), program.args());
    }

    /** The plan's operations as they are appended. */
    private static final class Program {
        private int[] ints = new int[64];
        private double[] args = new double[96];
        private int count;

        void steps(int steps, double dt, double theta, double from) {
            add(PdePlan.code(PdePlan.STEPS, 0, 0, false), steps, dt, theta, from);
        }

        void events(PdeProblem.Event event) {
            for (EventOp op : event.ops()) {
                add(PdePlan.code(op.kind(), op.target(), op.source(), op.up()), 1, op.level(), op.value(),
                        op.knockOut());
            }
        }

        private void add(int code, int repeat, double a, double b, double c) {
            if (2 * count + 2 > ints.length) {
                ints = Arrays.copyOf(ints, ints.length * 2);
                args = Arrays.copyOf(args, args.length * 2);
            }
            ints[2 * count] = code;
            ints[2 * count + 1] = repeat;
            args[3 * count] = a;
            args[3 * count + 1] = b;
            args[3 * count + 2] = c;
            count++;
        }

        int[] ints() {
            return Arrays.copyOf(ints, 2 * count);
        }

        double[] args() {
            return Arrays.copyOf(args, 3 * count);
        }
    }
}

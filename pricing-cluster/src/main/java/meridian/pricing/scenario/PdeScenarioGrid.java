package meridian.pricing.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookContract;
import meridian.pricing.pde.PdePlan;
import meridian.pricing.pde.PdePricer;
import meridian.pricing.pde.PlanEngine;

/**
 * A spot × vol grid of a book by PDE: one solve per (contract, vol shift) gives the PV at every node of a spot grid
 * that has each shifted spot as a node (strike and barriers stay where the contract's initial price put them; only
 * today's spot moves), so a vol column of any number of spot shifts costs one solve. Contracts one fixed grid cannot
 * value (the Asian, continuous barriers) are returned as fallbacks, with the reason, for Monte Carlo.
 */
public final class PdeScenarioGrid {
    private final PdePricer pricer;
    private final PlanEngine engine;

    public PdeScenarioGrid(PlanEngine engine) {
        this(new PdePricer(), engine);
    }

    public PdeScenarioGrid(PdePricer pricer, PlanEngine engine) {
        this.pricer = pricer;
        this.engine = engine;
    }

    /** A contract left to Monte Carlo and why. */
    public record Fallback(String contractId, String reason) {
    }

    /**
     * {@code pv[i][j]}: the total PV of the PDE contracts at spot shift i and vol shift j; the plan engine that ran;
     * elapsed milliseconds including building the plans.
     */
    public record Result(double[][] pv, List<String> pdeContracts, List<Fallback> fallbacks, String engine,
                         long elapsedMs) {
    }

    public Result value(List<BookContract> contracts, Map<String, MarketData> markets, CalendarId calendar,
                        List<Double> spotShifts, List<Double> volShifts) {
        long start = System.nanoTime();
        ContractPlan[] built = contracts.parallelStream()
                .map(c -> plan(c, markets.get(c.underlying()), calendar, spotShifts, volShifts))
                .toArray(ContractPlan[]::new);
        List<PdePlan> plans = new ArrayList<>();
        List<ContractPlan> planned = new ArrayList<>();
        List<String> pdeContracts = new ArrayList<>();
        List<Fallback> fallbacks = new ArrayList<>();
        for (int k = 0; k < built.length; k++) {
            if (built[k].plan() == null) {
                fallbacks.add(new Fallback(contracts.get(k).contractId(), built[k].fallback()));
            } else {
                plans.add(built[k].plan());
                planned.add(built[k]);
                pdeContracts.add(contracts.get(k).contractId());
            }
        }
        int vols = volShifts.size();
        int[] planOf = new int[plans.size() * vols];
        double[] volOf = new double[planOf.length];
        for (int c = 0; c < plans.size(); c++) {
            for (int j = 0; j < vols; j++) {
                planOf[c * vols + j] = c;
                volOf[c * vols + j] = planned.get(c).vol() + volShifts.get(j);
            }
        }
        double[][] values = plans.isEmpty() ? new double[0][] : engine.run(plans, planOf, volOf);
        double[][] pv = new double[spotShifts.size()][vols];
        for (int c = 0; c < plans.size(); c++) {
            int[] nodes = planned.get(c).nodes();
            for (int j = 0; j < vols; j++) {
                double[] layer = values[c * vols + j];
                for (int i = 0; i < nodes.length; i++) {
                    pv[i][j] += layer[nodes[i]];
                }
            }
        }
        return new Result(pv, pdeContracts, fallbacks, engine.name(), (System.nanoTime() - start) / 1_000_000);
    }

    /** A contract's plan with the node of each shifted spot and its base vol, or why there is none. */
    private record ContractPlan(PdePlan plan, int[] nodes, double vol, String fallback) {
    }

    private ContractPlan plan(BookContract contract, MarketData m, CalendarId calendar, List<Double> spotShifts,
                              List<Double> volShifts) {
        if (m == null) {
            return new ContractPlan(null, null, 0, "no market data for " + contract.underlying());
        }
        double widest = m.vol();
        for (double shift : volShifts) {
            if (!(m.vol() + shift > 0)) {
                throw new ValidationException("volShifts",
                        "leave " + contract.underlying() + "'s vol " + m.vol() + " at or below 0");
            }
            widest = Math.max(widest, m.vol() + shift);
        }
        String planless = PdePricer.planless(contract.product(), m.initialPrice());
        if (planless != null) {
            return new ContractPlan(null, null, 0, planless);
        }
        double[] spots = new double[spotShifts.size() + 1];
        spots[0] = m.spot();
        for (int i = 0; i < spotShifts.size(); i++) {
            spots[i + 1] = m.spot() * (1 + spotShifts.get(i));
        }
        Optional<PdePlan> plan = pricer.plan(contract.product().resolve(TradingCalendars.of(calendar)), m, spots,
                widest);
        if (plan.isEmpty()) {
            return new ContractPlan(null, null, 0, "no PDE plan");
        }
        int[] nodes = new int[spotShifts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = plan.get().nodeOf(spots[i + 1]);
            if (nodes[i] < 0) {
                return new ContractPlan(null, null, 0, "the spot grid does not reach spot " + spots[i + 1]);
            }
        }
        return new ContractPlan(plan.get(), nodes, m.vol(), null);
    }
}

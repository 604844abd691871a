package meridian.pricing.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.scenario.PdeScenarioGrid;

/**
 * A spot × vol grid for a whole book. By PDE ({@link #runPde}): one solve per contract and vol shift on this node's
 * plan engine (GPU where present), every spot shift read off the solve's grid; contracts one fixed grid cannot value
 * go by Monte Carlo. By Monte Carlo ({@link #run}): each scenario bumps every underlying's market and values the book
 * in batches on the workers (the same paths and seed in every scenario, so the grid is smooth).
 */
public final class ScenarioGridRunner {
    private final ClusterPricingGateway gateway;
    private final PdeScenarioGrid pde;

    public ScenarioGridRunner(ClusterPricingGateway gateway) {
        this(gateway, null);
    }

    public ScenarioGridRunner(ClusterPricingGateway gateway, PdeScenarioGrid pde) {
        this.gateway = gateway;
        this.pde = pde;
    }

    /** Every contract by Monte Carlo on the workers, once per cell. */
    public CompletionStage<ScenarioGrid> run(List<WireContract> contracts, Map<String, MarketData> markets, BookRun run,
                                             List<Double> spotShifts, List<Double> volShifts, int batchSize) {
        long start = System.nanoTime();
        return monteCarlo(contracts, markets, run, spotShifts, volShifts, batchSize).thenApply(mc ->
                new ScenarioGrid(spotShifts, volShifts, mc.pv(), contracts.size(), mc.engine(),
                        (System.nanoTime() - start) / 1_000_000, "MC", 0, contracts.size(), List.of(), 0));
    }

    /** By PDE where one fixed grid values the contract, the rest by Monte Carlo per cell. */
    public CompletionStage<ScenarioGrid> runPde(List<WireContract> contracts, Map<String, MarketData> markets,
                                                BookRun run, List<Double> spotShifts, List<Double> volShifts,
                                                int batchSize) {
        long start = System.nanoTime();
        volShifts.forEach(volShift -> bump(markets, 0.0, volShift));
        List<BookContract> book = contracts.stream().map(WireContract::toContract).toList();
        return CompletableFuture.supplyAsync(() -> pde.value(book, markets, run.calendar(), spotShifts, volShifts))
                .thenCompose(byPde -> withMonteCarlo(byPde, contracts, markets, run, spotShifts, volShifts, batchSize,
                        start));
    }

    private CompletionStage<ScenarioGrid> withMonteCarlo(PdeScenarioGrid.Result byPde, List<WireContract> contracts,
            Map<String, MarketData> markets, BookRun run, List<Double> spotShifts, List<Double> volShifts,
            int batchSize, long start) {
        Set<String> left = new java.util.HashSet<>();
        byPde.fallbacks().forEach(f -> left.add(f.contractId()));
        List<WireContract> rest = contracts.stream().filter(c -> left.contains(c.contractId())).toList();
        CompletionStage<CellSums> mc = rest.isEmpty()
                ? CompletableFuture.completedFuture(null)
                : monteCarlo(rest, markets, run, spotShifts, volShifts, batchSize);
        return mc.thenApply(sums -> {
            double[][] pv = byPde.pv();
            String engine = "pde-" + byPde.engine();
            if (sums != null) {
                for (int i = 0; i < pv.length; i++) {
                    for (int j = 0; j < pv[i].length; j++) {
                        pv[i][j] += sums.pv()[i][j];
                    }
                }
                engine += "+mc-" + sums.engine();
            }
            return new ScenarioGrid(spotShifts, volShifts, pv, contracts.size(), engine,
                    (System.nanoTime() - start) / 1_000_000, rest.isEmpty() ? "PDE" : "PDE+MC",
                    byPde.pdeContracts().size(), rest.size(), byPde.fallbacks(), byPde.elapsedMs());
        });
    }

    private record CellSums(double[][] pv, String engine) {
    }

    private CompletionStage<CellSums> monteCarlo(List<WireContract> contracts, Map<String, MarketData> markets,
                                                 BookRun run, List<Double> spotShifts, List<Double> volShifts,
                                                 int batchSize) {
        List<CompletableFuture<Double>> cells = new ArrayList<>();
        String[] engine = {null};
        for (double spotShift : spotShifts) {
            for (double volShift : volShifts) {
                Map<String, MarketData> bumped = bump(markets, spotShift, volShift);
                List<CompletableFuture<Double>> batches = new ArrayList<>();
                for (int from = 0; from < contracts.size(); from += batchSize) {
                    List<WireContract> batch = contracts.subList(from, Math.min(contracts.size(), from + batchSize));
                    batches.add(gateway.value(batch, bumped, run).toCompletableFuture().thenApply(valued -> {
                        engine[0] = valued.engine();
                        return valued.risks().stream().mapToDouble(ContractRisk::pv).sum();
                    }));
                }
                cells.add(CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new))
                        .thenApply(done -> batches.stream().mapToDouble(CompletableFuture::join).sum()));
            }
        }
        return CompletableFuture.allOf(cells.toArray(CompletableFuture[]::new)).thenApply(done -> {
            double[][] pv = new double[spotShifts.size()][volShifts.size()];
            for (int i = 0; i < spotShifts.size(); i++) {
                for (int j = 0; j < volShifts.size(); j++) {
                    pv[i][j] = cells.get(i * volShifts.size() + j).join();
                }
            }
            return new CellSums(pv, engine[0]);
        });
    }

    static Map<String, MarketData> bump(Map<String, MarketData> markets, double spotShift, double volShift) {
        Map<String, MarketData> bumped = new HashMap<>();
        markets.forEach((underlying, market) -> {
            double vol = market.vol() + volShift;
            if (!(vol > 0)) {
                throw new ValidationException("volShifts", "leave " + underlying + "'s vol " + market.vol() + " at or below 0");
            }
            bumped.put(underlying, market.withSpot(market.spot() * (1 + spotShift)).withVol(vol));
        });
        return bumped;
    }
}

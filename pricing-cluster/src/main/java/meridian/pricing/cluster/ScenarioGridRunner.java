package meridian.pricing.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;

/**
 * A spot × vol grid for a whole book: each scenario bumps every underlying's market and values the book in batches on
 * the workers (the same paths and seed in every scenario, so the grid is smooth).
 */
public final class ScenarioGridRunner {
    private final ClusterPricingGateway gateway;

    public ScenarioGridRunner(ClusterPricingGateway gateway) {
        this.gateway = gateway;
    }

    public CompletionStage<ScenarioGrid> run(List<WireContract> contracts, Map<String, MarketData> markets, BookRun run,
                                             List<Double> spotShifts, List<Double> volShifts, int batchSize) {
        long start = System.nanoTime();
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
            return new ScenarioGrid(spotShifts, volShifts, pv, contracts.size(), engine[0],
                    (System.nanoTime() - start) / 1_000_000);
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

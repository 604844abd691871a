package meridian.api.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import meridian.domain.common.Caller;
import meridian.domain.deal.Deal;
import meridian.domain.deal.DealTerms;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.calendar.CalendarId;
import meridian.domain.pricing.calendar.TradingCalendars;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.pde.PdePricer;
import meridian.write.common.CommandReply;
import meridian.write.deal.DealEntity;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-time risk on a real node and Cassandra: deals booked on the deal entity reach the live book, traders quote
 * market data, a run on demand is valued by the pricing workers batch by batch with progress, its PV and Greeks read
 * by contract and summed by underlying and counterparty; the book is also revalued periodically, and a scenario grid
 * values the whole book on bumped markets.
 */
class RiskIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int PATHS = 2_000;
    private static TestNode node;
    private static String trader;
    private static String risk;

    /** dealId → (underlying, counterparty, product JSON). */
    private static final Map<String, String[]> DEALS = new java.util.LinkedHashMap<>();

    static {
        String start = TODAY.toString();
        DEALS.put("D1", new String[] {"000300.SH", "acme", "{\"type\":\"VANILLA\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
                + "\"startDate\":\"" + start + "\",\"tenorMonths\":6,\"optionType\":\"CALL\",\"strikePct\":100}"});
        DEALS.put("D2", new String[] {"000300.SH", "zeta", "{\"type\":\"SNOWBALL\",\"underlying\":\"000300.SH\",\"notional\":2000000,"
                + "\"startDate\":\"" + start + "\",\"tenorMonths\":12,\"knockOutPct\":103,\"knockInPct\":80,\"couponPct\":15}"});
        DEALS.put("D3", new String[] {"000905.SH", "acme", "{\"type\":\"SHARKFIN\",\"underlying\":\"000905.SH\",\"notional\":1000000,"
                + "\"startDate\":\"" + start + "\",\"tenorMonths\":3,\"optionType\":\"CALL\",\"strikePct\":100,\"barrierPct\":115,"
                + "\"participationPct\":80,\"rebatePct\":2,\"observation\":\"DAILY\"}"});
        DEALS.put("D4", new String[] {"000905.SH", "zeta", "{\"type\":\"DIGITAL\",\"underlying\":\"000905.SH\",\"notional\":500000,"
                + "\"startDate\":\"" + start + "\",\"tenorMonths\":6,\"optionType\":\"PUT\",\"strikePct\":95,\"payoutPct\":10}"});
        DEALS.put("D5", new String[] {"000300.SH", "acme", "{\"type\":\"PHOENIX\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
                + "\"startDate\":\"" + start + "\",\"tenorMonths\":12,\"knockOutPct\":100,\"knockInPct\":70,\"couponPct\":8,"
                + "\"couponBarrierPct\":80}"});
        // No market data is ever quoted for this one: runs skip it and say why.
        DEALS.put("D6", new String[] {"600519.SH", "acme", "{\"type\":\"VANILLA\",\"underlying\":\"600519.SH\",\"notional\":1000000,"
                + "\"startDate\":\"" + start + "\",\"tenorMonths\":6,\"optionType\":\"PUT\",\"strikePct\":100}"});
    }

    private static final Map<String, MarketData> MARKETS = Map.of(
            "000300.SH", new MarketData(TODAY, 4000, 4000, 0.22, 0.02, 0.01),
            "000905.SH", new MarketData(TODAY, 6000, 6000, 0.28, 0.02, 0.0));

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(RiskIT.class, Map.of(
                "meridian.risk.revalue-interval", "4s",
                "meridian.risk.paths", PATHS,
                "meridian.risk.batch-size", 2,
                "meridian.risk.cpu-workers", 2));
        trader = node.token("tom", "galaxy", Role.TRADER);
        risk = node.token("rita", "galaxy", Role.RISK);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private static String problemField(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        return Json.MAPPER.readTree(response.body()).get("errors").get(0).get("field").asText();
    }

    private static boolean hasCompletedScheduledRun(HttpResponse<String> runs) {
        try {
            for (JsonNode run : Json.MAPPER.readTree(runs.body())) {
                if (run.path("trigger").asText().equals("SCHEDULED") && run.path("status").asText().equals("Completed")) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException notJson) {
            return false;
        }
    }

    private static void book() {
        ClusterSharding sharding = ClusterSharding.get(node.system());
        DEALS.forEach((id, deal) -> {
            DealTerms terms = new DealTerms(id.equals("D2") ? "SNOWBALL" : "STRUCTURE", "builtin", deal[0], TODAY, TODAY,
                    TODAY.plusMonths(12), new BigDecimal("1000000.00"), "CNY", "PREMIUM", new BigDecimal("1.25"), deal[1],
                    "rfq-" + id, Map.of(), deal[2]);
            CommandReply<Deal> reply = sharding.entityRefFor(DealEntity.TYPE_KEY, DealEntity.entityId("galaxy", id))
                    .<CommandReply<Deal>>ask(r -> new DealEntity.BookDeal(id, terms, new Caller("tom", "galaxy"), r),
                            Duration.ofSeconds(15))
                    .toCompletableFuture().join();
            assertInstanceOf(CommandReply.Accepted.class, reply, id);
        });
    }

    /** What the CPU engine gives each valued deal on the quoted markets, to the cent. */
    private static Map<String, BigDecimal> expectedPv() {
        PricingJson reader = new PricingJson(u -> true);
        List<BookContract> contracts = new ArrayList<>();
        DEALS.forEach((id, deal) -> {
            if (MARKETS.containsKey(deal[0])) {
                contracts.add(new BookContract(id, deal[0], reader.readProduct(deal[2])));
            }
        });
        Map<String, BigDecimal> out = new HashMap<>();
        for (ContractRisk r : new CpuBookEngine(new PricingService()).value(contracts, MARKETS,
                new BookRun(PATHS, PriceRequest.DEFAULT_SEED, CalendarId.CN_SSE))) {
            out.put(r.contractId(), BigDecimal.valueOf(r.pv()).setScale(2, RoundingMode.HALF_EVEN));
        }
        return out;
    }

    @Test
    void theLiveBookIsRevaluedOnDemandAndPeriodicallyWithProgressResultsAggregatesAndGrids() throws Exception {
        book();

        // Market data: TRADER and RISK quote; bad quotes name the field.
        assertEquals("updates[0].vol", problemField(node.send("POST", "/api/v1/risk/market-data", trader,
                "{\"updates\":[{\"underlying\":\"000300.SH\",\"spot\":4000}]}"), 400));
        assertEquals("updates[1].spot", problemField(node.send("POST", "/api/v1/risk/market-data", trader,
                "{\"updates\":[{\"underlying\":\"000300.SH\",\"spot\":4000,\"vol\":0.2},"
                        + "{\"underlying\":\"000905.SH\",\"spot\":-1,\"vol\":0.2}]}"), 400));
        assertEquals(403, node.send("POST", "/api/v1/risk/market-data", node.token("carl", "galaxy", Role.CLIENT),
                "{\"updates\":[{\"underlying\":\"000300.SH\",\"spot\":4000,\"vol\":0.2}]}").statusCode());
        json(node.send("POST", "/api/v1/risk/market-data", trader, "{\"updates\":["
                + "{\"underlying\":\"000300.SH\",\"spot\":3900,\"vol\":0.2,\"rate\":0.02,\"dividendYield\":0.01},"
                + "{\"underlying\":\"000905.SH\",\"spot\":6000,\"vol\":0.28,\"rate\":0.02}]}"), 200);
        // A later update of spot and vol keeps the rate and dividend yield quoted before.
        JsonNode market = json(node.send("POST", "/api/v1/risk/market-data", risk,
                "{\"updates\":[{\"underlying\":\"000300.SH\",\"spot\":4000,\"vol\":0.22}]}"), 200);
        assertEquals(0.01, market.at("/quotes/000300.SH/dividendYield").asDouble());
        assertEquals(4000, json(node.get("/api/v1/risk/market-data", trader), 200).at("/quotes/000300.SH/spot").asDouble());

        HttpResponse<String> bookView = node.eventually("/api/v1/risk/book", risk,
                r -> r.statusCode() == 200 && r.body().contains("\"D6\"") && r.body().split("\"dealId\"").length == 7,
                Duration.ofSeconds(60));
        assertEquals(6, json(bookView, 200).size(), bookView.body());

        // A run on demand.
        assertEquals("paths", problemField(node.send("POST", "/api/v1/risk/runs", risk, "{\"paths\":1}"), 400));
        String runBody = "{\"valuationDate\":\"" + TODAY + "\",\"paths\":" + PATHS + ",\"batchSize\":2}";
        JsonNode started = json(node.send("POST", "/api/v1/risk/runs", risk, runBody, "Idempotency-Key", "run-1"), 202);
        String runId = started.get("runId").asText();
        // A retry with the same key answers the same run and starts no other.
        HttpResponse<String> retry = node.send("POST", "/api/v1/risk/runs", risk, runBody, "Idempotency-Key", "run-1");
        assertEquals(runId, json(retry, 202).get("runId").asText());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(5, started.get("contracts").asInt());
        assertEquals(3, started.get("batches").asInt());
        assertEquals("D6", started.at("/skipped/0/contractId").asText());
        assertTrue(started.at("/skipped/0/reason").asText().contains("600519.SH"));

        HttpResponse<String> done = node.eventually("/api/v1/risk/runs/" + runId, risk,
                r -> r.statusCode() == 200 && !r.body().contains("\"Running\""), Duration.ofSeconds(120));
        JsonNode run = json(done, 200);
        assertEquals("Completed", run.get("status").asText(), done.body());
        assertEquals(100.0, run.get("percent").asDouble());
        assertEquals(3, run.get("batchesDone").asInt());
        assertEquals("cpu", run.get("engine").asText());
        assertEquals("ON_DEMAND", run.get("trigger").asText());
        assertTrue(run.get("durationMs").asLong() > 0);
        assertEquals(2, run.get("market").size());

        // PV and Greeks per contract: what the engine gives on the recorded market, to the cent.
        Map<String, BigDecimal> expected = expectedPv();
        JsonNode byContract = json(node.get("/api/v1/risk/results?by=contract&run=" + runId, trader), 200);
        assertEquals(5, byContract.get("rows").size());
        Map<String, BigDecimal> pvs = new HashMap<>();
        for (JsonNode row : byContract.get("rows")) {
            pvs.put(row.get("contractId").asText(), row.get("pv").decimalValue().setScale(2, RoundingMode.UNNECESSARY));
            assertFalse(row.get("delta").isNull());
            assertFalse(row.get("vega").isNull());
        }
        assertEquals(expected, pvs);

        // Aggregates by underlying and by counterparty add up the contracts exactly.
        JsonNode byUnderlying = json(node.get("/api/v1/risk/results?by=underlying&run=" + runId, trader), 200).get("rows");
        assertEquals(2, byUnderlying.size());
        assertEquals("000300.SH", byUnderlying.get(0).get("key").asText());
        assertEquals(0, pvs.get("D1").add(pvs.get("D2")).add(pvs.get("D5")).compareTo(byUnderlying.get(0).get("pv").decimalValue()));
        assertEquals(3, byUnderlying.get(0).get("contracts").asInt());
        JsonNode byClient = json(node.get("/api/v1/risk/results?by=counterparty&run=" + runId, trader), 200).get("rows");
        assertEquals("acme", byClient.get(0).get("key").asText());
        assertEquals(0, pvs.get("D1").add(pvs.get("D3")).add(pvs.get("D5")).compareTo(byClient.get(0).get("pv").decimalValue()));
        assertEquals("by", problemField(node.get("/api/v1/risk/results?by=desk", trader), 400));
        assertEquals(404, node.get("/api/v1/risk/runs/R-none", trader).statusCode());
        assertEquals(404, node.get("/api/v1/risk/results", node.token("olga", "orion", Role.RISK)).statusCode());

        // The periodic revaluation (every 4 s here) records its own runs on today's market.
        HttpResponse<String> runs = node.eventually("/api/v1/risk/runs", risk,
                r -> r.statusCode() == 200 && hasCompletedScheduledRun(r), Duration.ofSeconds(90));
        assertTrue(hasCompletedScheduledRun(runs), runs.body());
        JsonNode latest = json(node.get("/api/v1/risk/results?by=underlying", trader), 200);
        assertEquals("Completed", latest.at("/run/status").asText());

        // A scenario grid over the whole book; its unshifted cell is the run's total PV.
        assertEquals("spotShifts[0]", problemField(node.send("POST", "/api/v1/risk/scenario-grids", risk,
                "{\"spotShifts\":[-1.5],\"volShifts\":[0]}"), 400));
        JsonNode grid = json(node.send("POST", "/api/v1/risk/scenario-grids", risk, "{\"valuationDate\":\"" + TODAY
                + "\",\"spotShifts\":[-0.1,0,0.1],\"volShifts\":[0,0.02],\"paths\":" + PATHS
                + ",\"batchSize\":3,\"method\":\"MC\"}"), 200);
        JsonNode pv = grid.at("/grid/pv");
        assertEquals(3, pv.size());
        assertEquals(2, pv.get(0).size());
        assertEquals(5, grid.at("/grid/contracts").asInt());
        BigDecimal total = pvs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(total.doubleValue(), pv.get(1).get(0).asDouble(), 0.05);
        assertTrue(pv.get(0).get(0).asDouble() != pv.get(2).get(0).asDouble());
        assertEquals("MC", grid.at("/grid/method").asText());

        // By PDE (the default): every deal here fits one grid, so no Monte Carlo; the centre is the book's PDE PV.
        assertEquals("method", problemField(node.send("POST", "/api/v1/risk/scenario-grids", risk,
                "{\"method\":\"FD\"}"), 400));
        JsonNode byPde = json(node.send("POST", "/api/v1/risk/scenario-grids", risk, "{\"valuationDate\":\"" + TODAY
                + "\",\"spotShifts\":[-0.1,0,0.1],\"volShifts\":[0,0.02]}"), 200);
        assertEquals("PDE", byPde.at("/grid/method").asText());
        assertEquals(5, byPde.at("/grid/pdeContracts").asInt());
        assertEquals(0, byPde.at("/grid/mcContracts").asInt());
        assertEquals("pde-cpu", byPde.at("/grid/engine").asText());
        JsonNode pdePv = byPde.at("/grid/pv");
        assertEquals(expectedPdePv(), pdePv.get(1).get(0).asDouble(), 2e-5 * 5_500_000);
        assertEquals(total.doubleValue(), pdePv.get(1).get(0).asDouble(), 0.02 * 5_500_000);
        assertTrue(pdePv.get(0).get(0).asDouble() != pdePv.get(2).get(0).asDouble());
    }

    /** The valued deals' PVs by the PDE pricer on the quoted markets, summed. */
    private static double expectedPdePv() {
        PricingJson reader = new PricingJson(u -> true);
        PdePricer pde = new PdePricer();
        double sum = 0.0;
        for (String[] deal : DEALS.values()) {
            if (MARKETS.containsKey(deal[0])) {
                sum += pde.price(reader.readProduct(deal[2]).resolve(TradingCalendars.of(CalendarId.CN_SSE)),
                        MARKETS.get(deal[0])).pv();
            }
        }
        return sum;
    }
}

package meridian.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An ABS product's life over real HTTP on Cassandra: origination, a refused tape (nothing loaded), the tape,
 * screening, structuring with cash flows, losses and coupons, issuance, a servicer report, and what investors and
 * regulators then read from the views.
 */
class AbsJourneyIT {

    private static final String BASE = "/api/v1/abs/products";
    private static final Duration VIEW_WAIT = Duration.ofSeconds(30);

    private static TestNode node;
    private static String manager;
    private static String investor;
    private static String regulator;
    private static String trader;
    private static String otherManager;
    private static String otherInvestor;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(AbsJourneyIT.class);
        manager = node.token("maria", "galaxy", Role.OPERATIONS);
        investor = node.token("ivan", "galaxy", Role.INVESTOR);
        regulator = node.token("rita", "galaxy", Role.REGULATOR);
        trader = node.token("bob", "galaxy", Role.TRADER);
        otherManager = node.token("olga", "orion", Role.OPERATIONS);
        otherInvestor = node.token("otto", "orion", Role.INVESTOR);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** Reads answers with exact decimals, as a client of booked amounts must. */
    private static final com.fasterxml.jackson.databind.ObjectMapper EXACT = Json.MAPPER.copy()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return EXACT.readTree(response.body());
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static HttpResponse<String> tape(String productId, String csv, String token) {
        return node.send(node.request(BASE + "/" + productId + "/loan-tape", token).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    /** 30 loans; every fifth is rated B and every seventh is in coal mining: both are screened out. */
    private static String goodTape() {
        StringBuilder csv = new StringBuilder("id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,rating\n");
        String[] ratings = {"AA", "A+", "A", "BBB", "B"};
        String[] amortizations = {"LEVEL_PAY", "EQUAL_PRINCIPAL", "BULLET"};
        for (int i = 1; i <= 30; i++) {
            csv.append("L").append(i).append(',').append(100000 + 2500 * i).append(".00,")
                    .append(new BigDecimal(450 + 15 * (i % 6)).movePointLeft(2)).append(',')
                    .append(12 + 6 * (i % 8)).append(',').append(amortizations[i % 3]).append(',')
                    .append("\"Obligor ").append(i % 12).append("\",")
                    .append(i % 7 == 0 ? "coal mining" : i % 2 == 0 ? "automotive" : "retail").append(',')
                    .append(i % 3 == 0 ? "Shanghai" : "Jiangsu").append(',').append(ratings[i % 5]).append('\n');
        }
        return csv.toString();
    }

    @Test
    void theCalculatorProjectsTheContractsDealAndNamesBadFields() throws Exception {
        String deal = "{\"pool\":{\"cutoffDate\":\"2026-01-31\",\"loans\":[{\"id\":\"L1\",\"balance\":1000000.00,\"ratePct\":5.5,"
                + "\"remainingTermMonths\":36,\"amortization\":\"LEVEL_PAY\",\"obligor\":\"o\",\"industry\":\"i\",\"region\":\"r\",\"rating\":\"AA\"}]},"
                + "\"assumptions\":{\"cprPct\":5.0,\"cdrPct\":2.0,\"recoveryPct\":40.0,\"recoveryLagMonths\":6},"
                + "\"structure\":{\"fees\":[{\"name\":\"trustee\",\"ratePct\":0.05}],\"tranches\":[{\"name\":\"A\",\"balance\":800000.00,\"couponPct\":3.0},"
                + "{\"name\":\"B\",\"balance\":100000.00,\"couponPct\":4.5},{\"name\":\"Sub\",\"balance\":100000.00,\"couponPct\":null}],"
                + "\"waterfall\":\"SEQUENTIAL\"}}";
        HttpResponse<String> answer = node.send("POST", "/api/v1/abs/cashflows", trader, deal);
        JsonNode projection = json(answer, 200);
        assertEquals("2026-02-28", projection.get("periods").get(0).get("date").asText());
        assertTrue(answer.body().startsWith("{\"periods\":[{\"period\":1,\"date\":\"2026-02-28\",\"poolBeginBalance\":1000000.00,"),
                "amounts are written to the cent: " + answer.body().substring(0, 120));
        assertEquals(0, new BigDecimal("800000.00").compareTo(projection.get("tranches").get("A").get("totalPrincipal").decimalValue()));

        JsonNode bad = json(node.send("POST", "/api/v1/abs/cashflows", trader,
                deal.replace("\"balance\":1000000.00", "\"balance\":-5").replace("\"SEQUENTIAL\"", "\"ROUND_ROBIN\"")), 400);
        assertTrue(fields(bad).contains("pool.loans[0].balance"), bad.toString());
        assertTrue(fields(bad).contains("structure.waterfall"), bad.toString());
        assertEquals(401, node.send("POST", "/api/v1/abs/cashflows", null, deal).statusCode());
    }

    @Test
    void aProductFromOriginationThroughAServicerReportIsReadByInvestorsAndRegulators() throws Exception {
        String id = "GAL-AUTO-2026-1";
        String product = BASE + "/" + id;
        String origination = "{\"productId\":\"" + id + "\",\"name\":\"Galaxy Auto 2026-1\",\"issuer\":\"Galaxy Leasing\","
                + "\"issuerRating\":\"AA\",\"assetType\":\"AUTO_LOAN\",\"targetSize\":3500000,\"servicer\":\"Galaxy Servicing\","
                + "\"servicerRating\":4,\"independentTrustee\":true,\"loanLevelReporting\":true}";
        assertEquals(403, node.send("POST", BASE, trader, origination).statusCode(), "traders do not originate ABS");
        JsonNode originated = json(node.send("POST", BASE, manager, origination), 201);
        assertEquals("Origination", originated.get("phase").asText());

        // a tape with a bad balance and an unknown rating: refused by row and column, nothing loaded
        String badTape = "id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,rating\n"
                + "L1,100000.00,5.0,36,LEVEL_PAY,A Co,retail,Shanghai,AA\n"
                + "L2,lots,5.0,36,LEVEL_PAY,B Co,retail,Shanghai,AA\n"
                + "L3,100000.00,5.0,36,LEVEL_PAY,C Co,retail,Shanghai,ZZ\n";
        JsonNode refused = json(tape(id, badTape, manager), 400);
        assertEquals(List.of("rows[2].balance", "rows[3].rating"), fields(refused));
        assertEquals(415, node.send("PUT", product + "/loan-tape", manager, "{}").statusCode());
        JsonNode detail = json(node.eventually(product, manager, r -> r.statusCode() == 200, VIEW_WAIT), 200);
        assertEquals("ORIGINATION", detail.get("phase").asText());
        assertTrue(detail.get("tape").isNull(), "nothing of the bad tape was loaded: " + detail.get("tape"));

        JsonNode loaded = json(tape(id, goodTape(), manager), 200);
        assertEquals("Structuring", loaded.get("phase").asText());
        assertEquals(30, loaded.get("tapeLoans").asInt());
        assertEquals(404, tape(id, goodTape(), otherManager).statusCode(), "another tenant does not see the product");

        JsonNode screened = json(node.send("POST", product + "/eligibility", manager,
                "{\"minRating\":\"BBB-\",\"excludedIndustries\":[\"coal mining\"],\"maxRemainingTermMonths\":360}"), 200);
        int eligible = screened.get("eligibleLoans").asInt();
        assertEquals(21, eligible, screened.get("rejectedLoans").toString());
        JsonNode l4 = screened.get("rejectedLoans").get(0);
        assertEquals("L4", l4.get("loanId").asText());
        assertTrue(l4.get("reasons").get(0).asText().contains("rating 'B' is below BBB-"), l4.toString());
        JsonNode l14 = screened.get("rejectedLoans").get(3);
        assertEquals("L14", l14.get("loanId").asText());
        assertEquals(2, l14.get("reasons").size(), "rated B and in coal mining: " + l14);
        BigDecimal pool = screened.get("eligibleBalance").decimalValue();

        BigDecimal a = pool.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal b = pool.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal sub = pool.subtract(a).subtract(b);
        String structure = "{\"cutoffDate\":\"2026-01-31\",\"assumptions\":{\"cprPct\":6,\"cdrPct\":2,\"recoveryPct\":40,\"recoveryLagMonths\":6},"
                + "\"structure\":{\"fees\":[{\"name\":\"trustee\",\"ratePct\":0.05}],\"tranches\":["
                + "{\"name\":\"A\",\"balance\":" + a + ",\"couponPct\":3.0},{\"name\":\"B\",\"balance\":" + b + ",\"couponPct\":4.5},"
                + "{\"name\":\"Sub\",\"balance\":%s,\"couponPct\":null}],\"waterfall\":\"SEQUENTIAL\","
                + "\"trigger\":{\"cumulativeDefaultPct\":8}},\"ratings\":{\"A\":\"AAA\",\"B\":\"A\"}}";
        JsonNode mismatch = json(node.send("PUT", product + "/structure", manager, String.format(structure, sub.add(new BigDecimal("500")))), 400);
        assertEquals(List.of("structure.tranches"), fields(mismatch), mismatch.toString());
        JsonNode structured = json(node.send("PUT", product + "/structure", manager, String.format(structure, sub)), 200);
        assertTrue(structured.get("compositeScore").get("total").asDouble() > 0);
        assertTrue(structured.get("esgScore").get("total").asDouble() > 0);

        assertEquals(409, node.send("POST", product + "/issuance", manager, null).statusCode(), "nothing computed yet");
        JsonNode projected = json(node.send("POST", product + "/cashflows", manager, null), 200);
        assertTrue(projected.get("projection").get("A").get("walYears").asDouble() > 0);
        assertEquals(List.of("scenarios"), fields(json(node.send("POST", product + "/loss-simulation", manager,
                "{\"scenarios\":5}"), 400)));
        assertEquals(List.of("rateLevelPct"), fields(json(node.send("POST", product + "/coupon-estimate", manager,
                "{\"issueDate\":\"2026-02-10\"}"), 400)));
        // On the risk lane's workers in chunks of 10,000 scenarios; the same seed gives the same figures however the
        // chunks were shared out.
        JsonNode chunked = json(node.send("POST", product + "/loss-simulation", manager, "{\"scenarios\":25000,\"seed\":7}"), 200);
        JsonNode chunkedLosses = chunked.get("losses");
        assertEquals(3, chunkedLosses.get("chunks").asInt(), chunkedLosses.toString());
        assertTrue(chunkedLosses.get("workers").asInt() >= 1 && chunkedLosses.get("workers").asInt() <= 3);
        assertTrue(chunkedLosses.get("engine").asText().matches("CPU|GPU|CPU\\+GPU"), chunkedLosses.toString());
        JsonNode rerun = json(node.send("POST", product + "/loss-simulation", manager, "{\"scenarios\":25000,\"seed\":7}"), 200);
        assertEquals(chunkedLosses.get("pool"), rerun.get("losses").get("pool"));
        JsonNode simulated = json(node.send("POST", product + "/loss-simulation", manager, "{\"scenarios\":2000,\"seed\":7}"), 200);
        assertEquals(2000, simulated.get("losses").get("scenarios").asInt());
        assertEquals(1, simulated.get("losses").get("chunks").asInt());
        assertTrue(simulated.get("losses").get("tranches").get("Sub").get("expectedLoss").decimalValue().signum() > 0);
        JsonNode estimated = json(node.send("POST", product + "/coupon-estimate", manager,
                "{\"rateLevelPct\":2.5,\"issueDate\":\"2026-02-10\"}"), 200);
        assertEquals(2, estimated.get("coupons").get("tranches").size());
        assertEquals("SYNTHETIC", estimated.get("coupons").get("dataSource").asText());
        assertEquals(404, node.get(product + "/disclosure", investor).statusCode(), "not offered to investors yet");

        assertEquals("Issuance", json(node.send("POST", product + "/issuance", manager, null), 200).get("phase").asText());
        json(node.send("POST", product + "/orders", manager,
                "{\"orderId\":\"O1\",\"investor\":\"Fund One\",\"tranche\":\"A\",\"amount\":" + a + ",\"minCouponPct\":3.0}"), 200);
        json(node.send("POST", product + "/orders", manager,
                "{\"orderId\":\"O2\",\"investor\":\"Fund Two\",\"tranche\":\"B\",\"amount\":" + b + "}"), 200);
        assertEquals(List.of("coupons.B"), fields(json(node.send("PUT", product + "/final-coupons", manager,
                "{\"coupons\":{\"A\":3.1,\"B\":null}}"), 400)));
        json(node.send("PUT", product + "/final-coupons", manager, "{\"coupons\":{\"A\":3.1,\"B\":4.6}}"), 200);
        json(node.send("PUT", product + "/allocations", manager,
                "{\"allocations\":[{\"orderId\":\"O1\",\"amount\":" + a + "},{\"orderId\":\"O2\",\"amount\":" + b + "}]}"), 200);
        JsonNode closed = json(node.send("POST", product + "/closing", manager, "{\"closingDate\":\"2026-02-15\"}"), 200);
        assertEquals("Surveillance", closed.get("phase").asText());

        // the servicer reports period 1: the projected collections, with defaults half as high again
        JsonNode view = json(node.eventually(product, manager, r -> r.body().contains("\"closingProjection\":true"), VIEW_WAIT), 200);
        JsonNode first = view.get("cashflows").get("periods").get(0);
        BigDecimal defaults = first.get("defaults").decimalValue().multiply(new BigDecimal("1.5")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal end = pool.subtract(first.get("scheduledPrincipal").decimalValue()).subtract(first.get("prepayments").decimalValue())
                .subtract(defaults);
        ObjectNode report = Json.MAPPER.createObjectNode().put("period", 1).put("reportDate", "2026-03-10")
                .put("interestCollected", first.get("interest").decimalValue())
                .put("scheduledPrincipal", first.get("scheduledPrincipal").decimalValue())
                .put("prepayments", first.get("prepayments").decimalValue()).put("defaults", defaults)
                .put("recoveries", new BigDecimal("0.00")).put("poolEndBalance", end)
                .put("delinquent30To89", new BigDecimal("15000.00")).put("delinquent90Plus", new BigDecimal("4000.00"));
        JsonNode reported = json(node.send("POST", product + "/servicer-reports", manager, Json.write(report)), 200);
        assertEquals(0, end.compareTo(reported.get("poolBalance").decimalValue()));
        JsonNode paid = reported.get("lastPeriod").get("payments").get("tranches").get("A");
        assertTrue(paid.get("principalPaid").decimalValue().signum() > 0);
        assertEquals(0, paid.get("interestShortfall").decimalValue().signum());
        JsonNode again = json(node.send("POST", product + "/servicer-reports", manager, Json.write(report.put("period", 3))), 409);
        assertTrue(again.get("detail").asText().startsWith("period: expected the report for period 2"), again.toString());

        // investors read the disclosure, with performance against projection
        JsonNode disclosure = json(node.eventually(product + "/disclosure", investor,
                r -> r.statusCode() == 200 && r.body().contains("\"performance\":[{"), VIEW_WAIT), 200);
        assertEquals("Surveillance", disclosure.get("phase").asText());
        assertEquals("FINAL_COUPONS", disclosure.get("projectionBasis").asText());
        JsonNode trancheA = disclosure.get("structure").get("tranches").get(0);
        assertEquals(0, new BigDecimal("3.1").compareTo(trancheA.get("couponPct").decimalValue()));
        assertEquals("AAA", trancheA.get("rating").asText());
        assertEquals(eligible, disclosure.get("pool").get("loans").asInt());
        assertTrue(disclosure.get("pool").get("industries").size() >= 2);
        assertTrue(disclosure.get("projectedCashflows").size() > 12);
        JsonNode performance = disclosure.get("performance").get(0).get("performance");
        assertEquals(0, end.compareTo(performance.get("actualPoolBalance").decimalValue()));
        assertTrue(performance.get("actualCumulativeDefaults").decimalValue()
                .compareTo(performance.get("projectedCumulativeDefaults").decimalValue()) > 0);
        assertFalse(disclosure.has("orders"), "investors do not see the book");
        assertEquals(404, node.get(product + "/disclosure", otherInvestor).statusCode());
        assertEquals(403, node.get(product + "/disclosure", trader).statusCode());
        assertEquals(1, json(node.get("/api/v1/abs/disclosures", investor), 200).size());

        // regulators read the periodic report
        JsonNode reports = json(node.eventually(product + "/regulator-reports", regulator,
                r -> r.statusCode() == 200 && r.body().contains("\"period\":1"), VIEW_WAIT), 200);
        assertEquals(1, reports.size());
        JsonNode filed = reports.get(0);
        assertEquals("2026-03-10", filed.get("reportDate").asText());
        assertEquals(0, end.compareTo(filed.get("poolEndBalance").decimalValue()));
        assertEquals(3, filed.get("tranches").size());
        assertEquals("AAA", filed.get("tranches").get(0).get("rating").asText());
        assertEquals(0, new BigDecimal("4000.00").compareTo(filed.get("delinquent90Plus").decimalValue()));
        assertEquals(403, node.get(product + "/regulator-reports", investor).statusCode());
        assertEquals(404, node.get(product + "/regulator-reports", node.token("rex", "orion", Role.REGULATOR)).statusCode());
        assertEquals(1, json(node.get("/api/v1/abs/regulator-reports", regulator), 200).size());

        // the manager's view across products
        JsonNode rows = json(node.eventually(BASE, manager, r -> r.body().contains("\"lastReportPeriod\":1"), VIEW_WAIT), 200);
        assertEquals(1, rows.size());
        assertEquals("Surveillance", rows.get(0).get("phase").asText());
        assertEquals("[]", node.get(BASE, otherManager).body());
    }
}

package meridian.api.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.api.auth.Role;
import meridian.api.http.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pricing API over real HTTP on a real node: the contract's price and solve calls, and structure templates from
 * submission through their own tests to pricing, per tenant.
 */
class PricingApiIT {

    private static final String MARKET =
            "\"market\":{\"valuationDate\":\"2026-01-05\",\"spot\":100,\"vol\":0.25,\"rate\":0.02,\"dividendYield\":0.01}";
    private static final String SNOWBALL = "{\"type\":\"SNOWBALL\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
            + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"knockOutPct\":103,\"knockInPct\":80,\"couponPct\":15}";
    private static final String SNOWBALL_TERMS = "{\"notional\":1000000,\"startDate\":\"2026-01-05\",\"tenorMonths\":12,"
            + "\"knockOutPct\":103,\"knockInPct\":80,\"couponPct\":15}";

    private static TestNode node;
    private static String trader;
    private static String risk;
    private static String client;
    private static String otherTenantTrader;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(PricingApiIT.class);
        trader = node.token("bob", "galaxy", Role.TRADER);
        risk = node.token("rita", "galaxy", Role.RISK);
        client = node.token("carl", "galaxy", Role.CLIENT);
        otherTenantTrader = node.token("olga", "orion", Role.TRADER);
        // The seeded security master reaches the read side shortly after start; prices need it.
        HttpResponse<String> hs300 = node.eventually("/api/v1/securities/000300.SH", trader,
                r -> r.statusCode() == 200, Duration.ofSeconds(60));
        assertEquals(200, hs300.statusCode(), hs300.body());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return Json.MAPPER.readTree(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("type").asText().startsWith("https://meridian.dev/problems/"), body.toString());
        return body;
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }

    private static HttpResponse<String> price(String token, String body) {
        return node.send("POST", "/api/v1/pricing/price", token, body);
    }

    /** Black-Scholes call with dividend yield (Abramowitz-Stegun 7.1.26 erf, error below 1.5e-7). */
    private static double blackScholesCall(double s, double k, double t, double r, double q, double vol) {
        double d1 = (Math.log(s / k) + (r - q + 0.5 * vol * vol) * t) / (vol * Math.sqrt(t));
        double d2 = d1 - vol * Math.sqrt(t);
        return s * Math.exp(-q * t) * cdf(d1) - k * Math.exp(-r * t) * cdf(d2);
    }

    private static double cdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /** The built-in snowball template under another name, with its own test cases, as a risk officer submits it. */
    private static ObjectNode snowballTemplate(String name) throws Exception {
        try (InputStream in = PricingApiIT.class.getResourceAsStream("/meridian/templates/snowball.json")) {
            ObjectNode template = (ObjectNode) Json.MAPPER.readTree(in);
            template.put("name", name);
            return template;
        }
    }

    @Test
    void aVanillaIsPricedAtItsClosedForm() throws Exception {
        JsonNode answer = ok(price(trader, "{\"product\":{\"type\":\"VANILLA\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
                + "\"startDate\":\"2026-01-05\",\"expiryDate\":\"2027-01-05\",\"optionType\":\"CALL\",\"strikePct\":100},"
                + MARKET + "}"), 200);
        double expected = 1_000_000 / 100.0 * blackScholesCall(100, 100, 1.0, 0.02, 0.01, 0.25);
        assertEquals(expected, answer.get("pv").asDouble(), 1e-5 * expected);
        assertEquals("ANALYTIC", answer.get("method").asText());
        assertEquals("CPU", answer.get("engine").asText());
        assertTrue(answer.get("stdErr").isNull());
        assertTrue(answer.get("greeks").get("delta").asDouble() > 0);
        assertTrue(answer.has("elapsedMs") && answer.has("pvPct") && answer.has("paths"));
    }

    @Test
    void aSnowballByMonteCarloAgreesWithThePdeAndItsCouponIsSolved() throws Exception {
        JsonNode mc = ok(price(risk, "{\"product\":" + SNOWBALL + "," + MARKET
                + ",\"method\":\"MC\",\"paths\":20000,\"seed\":7,\"greeks\":false}"), 200);
        assertEquals("MC", mc.get("method").asText());
        assertEquals(20000, mc.get("paths").asInt());
        double stdErr = mc.get("stdErr").asDouble();
        assertTrue(stdErr > 0);
        assertTrue(mc.get("greeks").isNull());
        JsonNode pde = ok(price(risk, "{\"product\":" + SNOWBALL + "," + MARKET + ",\"greeks\":false}"), 200);
        assertEquals("PDE", pde.get("method").asText());
        assertEquals(pde.get("pv").asDouble(), mc.get("pv").asDouble(), 4 * stdErr + 500, "MC " + mc + " vs PDE " + pde);

        JsonNode solved = ok(node.send("POST", "/api/v1/pricing/solve", trader, "{\"product\":"
                + SNOWBALL.replace(",\"couponPct\":15", "") + "," + MARKET + ",\"solveFor\":\"COUPON\"}"), 200);
        assertEquals("COUPON", solved.get("solveFor").asText());
        double coupon = solved.get("value").asDouble();
        assertTrue(coupon > 1 && coupon < 60, solved.toString());
        JsonNode atCoupon = ok(price(trader, "{\"product\":" + SNOWBALL.replace("\"couponPct\":15", "\"couponPct\":" + coupon)
                + "," + MARKET + ",\"greeks\":false}"), 200);
        assertEquals(0.0, atCoupon.get("pv").asDouble(), 1.0, "the solved coupon makes the snowball worth 0");
    }

    @Test
    void badRequestsNameTheFieldAndWrongRolesAreForbidden() throws Exception {
        String knockInAboveKnockOut = "{\"product\":" + SNOWBALL.replace("\"knockInPct\":80", "\"knockInPct\":110") + "," + MARKET + "}";
        assertEquals("product.knockInPct", field(problem(price(trader, knockInAboveKnockOut), 400)));
        assertEquals("product.underlying", field(problem(price(trader,
                "{\"product\":" + SNOWBALL.replace("000300.SH", "999999.SZ") + "," + MARKET + "}"), 400)));
        assertEquals("market.vol", field(problem(price(trader,
                "{\"product\":" + SNOWBALL + "," + MARKET.replace("\"vol\":0.25", "\"vol\":-0.1") + "}"), 400)));
        assertEquals("solveFor", field(problem(node.send("POST", "/api/v1/pricing/solve", trader,
                "{\"product\":" + SNOWBALL + "," + MARKET + ",\"solveFor\":\"EVERYTHING\"}"), 400)));
        problem(price(trader, "{\"product\":"), 400);

        problem(price(client, "{\"product\":" + SNOWBALL + "," + MARKET + "}"), 403);
        problem(node.send("POST", "/api/v1/pricing/templates", trader, snowballTemplate("TRADERS_OWN").toString()), 403);
        problem(node.send("POST", "/api/v1/pricing/templates/TRADERS_OWN/versions/1/tests",
                node.token("adam", "galaxy", Role.ADMIN), null), 403);
        problem(node.get("/api/v1/pricing/templates", null), 401);
    }

    @Test
    void aTemplateVersionPricesOnlyAfterItsOwnTestsAcceptIt() throws Exception {
        ObjectNode template = snowballTemplate("DESK_SNOWBALL");
        JsonNode v1 = ok(node.send("POST", "/api/v1/pricing/templates", risk, template.toString()), 201);
        assertEquals(1, v1.get("version").asInt());
        assertEquals("PENDING", v1.get("status").asText());
        String hash = v1.get("hash").asText();
        assertEquals(64, hash.length());
        assertEquals(1, ok(node.send("POST", "/api/v1/pricing/templates", risk, template.toString()), 200).get("version").asInt(),
                "the same definition again is the same version");

        String templatePrice = "{\"product\":{\"type\":\"TEMPLATE\",\"template\":\"DESK_SNOWBALL\",\"version\":1,"
                + "\"underlying\":\"000300.SH\",\"terms\":" + SNOWBALL_TERMS + "}," + MARKET
                + ",\"paths\":20000,\"seed\":7,\"greeks\":false}";
        assertTrue(problem(price(trader, templatePrice), 409).get("detail").asText().contains("PENDING"));

        JsonNode tested = ok(node.send("POST", "/api/v1/pricing/templates/DESK_SNOWBALL/versions/1/tests", risk, null), 200);
        assertEquals("ACCEPTED", tested.get("status").asText(), tested.toString());
        assertEquals(template.get("testCases").size(), tested.get("results").size());
        tested.get("results").forEach(r -> assertTrue(r.get("passed").asBoolean(), r.toString()));
        assertTrue(problem(node.send("POST", "/api/v1/pricing/templates/DESK_SNOWBALL/versions/1/tests", risk, null), 409)
                .get("detail").asText().contains("ACCEPTED"));

        JsonNode viaTemplate = ok(price(trader, templatePrice), 200);
        assertEquals("DESK_SNOWBALL", viaTemplate.get("template").get("name").asText());
        assertEquals(1, viaTemplate.get("template").get("version").asInt());
        assertEquals(hash, viaTemplate.get("template").get("hash").asText());
        assertEquals("MC", viaTemplate.get("method").asText());
        JsonNode builtIn = ok(price(trader, "{\"product\":" + SNOWBALL + "," + MARKET
                + ",\"method\":\"MC\",\"paths\":20000,\"seed\":7,\"greeks\":false}"), 200);
        assertEquals(builtIn.get("pv").asDouble(), viaTemplate.get("pv").asDouble(), 1e-9 * Math.abs(builtIn.get("pv").asDouble()),
                "the template prices as the built-in snowball on the same paths");
        assertEquals("product.terms.knockInPct", field(problem(price(trader,
                templatePrice.replace("\"knockInPct\":80", "\"knockInPct\":110")), 400)));

        HttpResponse<String> listed = node.eventually("/api/v1/pricing/templates", trader,
                r -> r.body().contains("\"ACCEPTED\""), Duration.ofSeconds(30));
        JsonNode list = ok(listed, 200);
        assertEquals("DESK_SNOWBALL", list.get(0).get("name").asText(), list.toString());
        assertFalse(list.get(0).has("definition"));
        JsonNode read = ok(node.get("/api/v1/pricing/templates/DESK_SNOWBALL/versions/1", trader), 200);
        assertEquals("ACCEPTED", read.get("status").asText());
        assertEquals("DESK_SNOWBALL", read.get("definition").get("name").asText());
        assertEquals("rita", read.get("decidedBy").asText());

        // Another tenant sees none of it.
        problem(node.get("/api/v1/pricing/templates/DESK_SNOWBALL/versions/1", otherTenantTrader), 404);
        assertEquals("[]", node.get("/api/v1/pricing/templates", otherTenantTrader).body());
        assertEquals("product.template", field(problem(price(otherTenantTrader, templatePrice), 400)));
    }

    @Test
    void aVersionRejectedByItsTestsCannotPrice() throws Exception {
        ObjectNode template = snowballTemplate("WRONG_SNOWBALL");
        ObjectNode expected = (ObjectNode) template.get("testCases").get(0).get("expected");
        expected.put("pv", expected.get("pv").asDouble() + 100);
        JsonNode v1 = ok(node.send("POST", "/api/v1/pricing/templates", risk, template.toString()), 201);
        JsonNode tested = ok(node.send("POST", "/api/v1/pricing/templates/WRONG_SNOWBALL/versions/"
                + v1.get("version").asInt() + "/tests", risk, null), 200);
        assertEquals("REJECTED", tested.get("status").asText());
        assertFalse(tested.get("results").get(0).get("passed").asBoolean());
        assertTrue(tested.get("results").get(0).get("failure").asText().contains("is not within"));

        HttpResponse<String> refused = price(trader, "{\"product\":{\"type\":\"TEMPLATE\",\"template\":\"WRONG_SNOWBALL\","
                + "\"version\":1,\"underlying\":\"000300.SH\",\"terms\":" + SNOWBALL_TERMS + "}," + MARKET + ",\"paths\":1000}");
        assertTrue(problem(refused, 409).get("detail").asText().contains("REJECTED"));
        assertTrue(problem(node.send("POST", "/api/v1/pricing/templates/WRONG_SNOWBALL/versions/1/tests", risk, null), 409)
                .get("detail").asText().contains("REJECTED"));
        problem(node.send("POST", "/api/v1/pricing/templates/WRONG_SNOWBALL/versions/7/tests", risk, null), 404);
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedNamingTheScriptLine() throws Exception {
        ObjectNode template = snowballTemplate("BROKEN");
        template.put("script", "let x = \nvar y = spot(nowhere)\n");
        JsonNode p = problem(node.send("POST", "/api/v1/pricing/templates", risk, template.toString()), 400);
        assertEquals("script", field(p));
        assertTrue(p.get("errors").get(0).get("message").asText().startsWith("line "), p.toString());
        assertEquals("testCases", field(problem(node.send("POST", "/api/v1/pricing/templates", risk,
                snowballTemplate("NO_TESTS").put("testCases", (String) null).toString()), 400)));
    }
}

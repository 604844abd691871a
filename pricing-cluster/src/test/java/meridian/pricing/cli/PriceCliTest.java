package meridian.pricing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARKET =
            "\"market\":{\"valuationDate\":\"2026-01-05\",\"spot\":100,\"vol\":0.25,\"rate\":0.02}";
    private static final String VANILLA = "{\"product\":{\"type\":\"VANILLA\",\"underlying\":\"000300.SH\","
            + "\"notional\":1000000,\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"optionType\":\"CALL\","
            + "\"strikePct\":100}," + MARKET + "}";
    private static final String SNOWBALL_SOLVE = "{\"product\":{\"type\":\"SNOWBALL\",\"underlying\":\"000905.SH\","
            + "\"notional\":1000000,\"startDate\":\"2026-01-05\",\"tenorMonths\":6,\"knockOutPct\":103,"
            + "\"knockInPct\":80}," + MARKET + ",\"solveFor\":\"COUPON\"}";

    private record Run(int code, List<JsonNode> lines) {
    }

    private static Run run(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = PriceCli.run(new BufferedReader(new StringReader(input)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(MAPPER.readTree(line));
        }
        return new Run(code, lines);
    }

    @Test
    void answersOneLinePerRequestPricesAndSolves() throws Exception {
        Run run = run(VANILLA + "\n\n" + SNOWBALL_SOLVE + "\n");
        assertEquals(0, run.code());
        assertEquals(2, run.lines().size());
        JsonNode price = run.lines().get(0);
        assertEquals("ANALYTIC", price.get("method").asText());
        assertTrue(price.get("pv").asDouble() > 100_000 && price.get("pv").asDouble() < 120_000);
        assertTrue(price.get("greeks").has("delta"));
        assertTrue(price.get("stdErr").isNull());
        JsonNode solve = run.lines().get(1);
        assertEquals("COUPON", solve.get("solveFor").asText());
        assertEquals(0.0, solve.get("pv").asDouble(), 1e-3);
    }

    @Test
    void badLineGetsAProblemDocumentAndProcessingContinues() throws Exception {
        Run run = run(VANILLA.replace("000300.SH", "NOPE.XX") + "\n{oops\n" + VANILLA + "\n");
        assertEquals(1, run.code());
        assertEquals(3, run.lines().size());
        JsonNode problem = run.lines().get(0);
        assertEquals(400, problem.get("status").asInt());
        assertEquals(meridian.domain.pricing.api.PricingProblem.VALIDATION_TYPE, problem.get("type").asText());
        assertEquals("product.underlying", problem.get("errors").get(0).get("field").asText());
        assertEquals("body", run.lines().get(1).get("errors").get(0).get("field").asText());
        assertTrue(run.lines().get(2).has("pv"));
    }
}

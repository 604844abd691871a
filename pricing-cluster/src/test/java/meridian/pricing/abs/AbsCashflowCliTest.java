package meridian.pricing.abs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import meridian.domain.abs.DealJson;

class AbsCashflowCliTest {

    private record Run(int status, List<JsonNode> lines) { }

    private static Run run(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = AbsCashflowCli.run(new BufferedReader(new StringReader(input)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) lines.add(DealJson.MAPPER.readTree(line));
        }
        return new Run(status, lines);
    }

    @Test
    void answersEachDealLineWithItsProjectionAndCarriesOnAfterABadLine() throws Exception {
        String good = TestDeals.resource("spec-example.deal.json");
        String badBalance = good.replace("\"balance\": 1000000.00", "\"balance\": -5");
        Run run = run(good + "\n" + badBalance + "\n\n" + "{not json\n" + good + "\n");

        assertEquals(4, run.lines().size());
        assertEquals(1, run.status());
        JsonNode first = run.lines().get(0);
        assertEquals(42, first.get("periods").size());
        assertEquals("1682.14", first.get("periods").get(0).get("defaults").decimalValue().toPlainString());

        JsonNode problem = run.lines().get(1);
        assertEquals(400, problem.get("status").asInt());
        assertEquals(AbsCashflowCli.PROBLEM_TYPE, problem.get("type").asText());
        assertTrue(problem.has("title") && problem.has("detail"));
        assertEquals("pool.loans[0].balance", problem.get("errors").get(0).get("field").asText());

        JsonNode syntax = run.lines().get(2);
        assertEquals(400, syntax.get("status").asInt());
        assertTrue(syntax.get("detail").asText().contains("not valid JSON"));

        assertEquals(first, run.lines().get(3));
    }

    @Test
    void answersAProblemForAmountsTooLargeToProject() throws Exception {
        String huge = TestDeals.resource("spec-example.deal.json")
                .replace("\"balance\": 1000000.00, \"ratePct\"", "\"balance\": 1e400, \"ratePct\"")
                .replace("\"balance\": 800000.00", "\"balance\": 1e400")
                .replace("\"balance\": 100000.00, \"couponPct\": 4.5", "\"balance\": 0, \"couponPct\": 4.5")
                .replace("\"balance\": 100000.00, \"couponPct\": null", "\"balance\": 0, \"couponPct\": null");
        Run run = run(huge + "\n" + TestDeals.resource("spec-example.deal.json") + "\n");
        assertEquals(2, run.lines().size());
        assertEquals(400, run.lines().get(0).get("status").asInt());
        assertTrue(run.lines().get(1).has("periods"));
    }

    @Test
    void exitsZeroWhenEveryDealWasProjected() throws Exception {
        Run run = run(TestDeals.resource("mixed-pool.deal.json") + "\n");
        assertEquals(0, run.status());
        assertEquals(1, run.lines().size());
        assertTrue(run.lines().get(0).has("tranches"));
    }
}

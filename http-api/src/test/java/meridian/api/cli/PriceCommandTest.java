package meridian.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code bin/meridian price}: standard input to standard output, one JSON line each, as the pricing contract says. */
class PriceCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARKET =
            "\"market\":{\"valuationDate\":\"2026-01-05\",\"spot\":100,\"vol\":0.25,\"rate\":0.02,\"dividendYield\":0.01}";

    private record Run(int code, List<JsonNode> lines, String err) {
    }

    private static Run run(String input, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PriceCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return new Run(code, lines, err.toString(StandardCharsets.UTF_8));
    }

    /** Black-Scholes call with dividend yield, written out independently of the engine. */
    private static double blackScholesCall(double s, double k, double t, double r, double q, double vol) {
        double d1 = (Math.log(s / k) + (r - q + 0.5 * vol * vol) * t) / (vol * Math.sqrt(t));
        double d2 = d1 - vol * Math.sqrt(t);
        return s * Math.exp(-q * t) * cdf(d1) - k * Math.exp(-r * t) * cdf(d2);
    }

    /** Standard normal distribution via erfc (W. J. Cody's rational approximation as in Numerical Recipes, 1.2e-7). */
    private static double cdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc / 2 : erfc / 2;
    }

    @Test
    void pricesAVanillaAtItsClosedFormAndSolvesASnowballCouponLineByLine() throws Exception {
        String vanilla = "{\"product\":{\"type\":\"VANILLA\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
                + "\"startDate\":\"2026-01-05\",\"expiryDate\":\"2027-01-05\",\"optionType\":\"CALL\",\"strikePct\":100}," + MARKET + "}";
        String solve = "{\"product\":{\"type\":\"SNOWBALL\",\"underlying\":\"000905.SH\",\"notional\":1000000,"
                + "\"startDate\":\"2026-01-05\",\"tenorMonths\":6,\"knockOutPct\":103,\"knockInPct\":80}," + MARKET
                + ",\"solveFor\":\"COUPON\"}";
        Run run = run(vanilla + "\n" + solve + "\n");
        assertEquals(0, run.code(), run.err());
        assertEquals(2, run.lines().size());

        JsonNode price = run.lines().get(0);
        double expected = 1_000_000 / 100.0 * blackScholesCall(100, 100, 365 / 365.0, 0.02, 0.01, 0.25);
        assertEquals(expected, price.get("pv").asDouble(), 1e-5 * expected);
        assertEquals("ANALYTIC", price.get("method").asText());
        assertEquals("CPU", price.get("engine").asText());
        assertEquals(100 * price.get("pv").asDouble() / 1_000_000, price.get("pvPct").asDouble(), 1e-12);

        JsonNode coupon = run.lines().get(1);
        assertEquals("COUPON", coupon.get("solveFor").asText());
        assertTrue(coupon.get("value").asDouble() > 1 && coupon.get("value").asDouble() < 60, coupon.toString());
        assertEquals(0.0, coupon.get("pv").asDouble(), 1e-2);
    }

    @Test
    void aBadLineGetsAProblemNamingTheFieldAndTheNextLineIsStillPriced() throws Exception {
        String unknownUnderlying = "{\"product\":{\"type\":\"VANILLA\",\"underlying\":\"NOPE.XX\",\"notional\":1000000,"
                + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"optionType\":\"CALL\",\"strikePct\":100}," + MARKET + "}";
        String knockInAboveKnockOut = "{\"product\":{\"type\":\"SNOWBALL\",\"underlying\":\"000300.SH\",\"notional\":1000000,"
                + "\"startDate\":\"2026-01-05\",\"tenorMonths\":12,\"knockOutPct\":103,\"knockInPct\":110,\"couponPct\":10},"
                + MARKET + "}";
        String good = unknownUnderlying.replace("NOPE.XX", "510300.SH");
        Run run = run(unknownUnderlying + "\n" + knockInAboveKnockOut + "\n" + good + "\n");
        assertEquals(1, run.code());
        assertEquals(3, run.lines().size());
        assertEquals(400, run.lines().get(0).get("status").asInt());
        assertEquals("product.underlying", run.lines().get(0).get("errors").get(0).get("field").asText());
        assertEquals("product.knockInPct", run.lines().get(1).get("errors").get(0).get("field").asText());
        assertTrue(run.lines().get(2).get("pv").asDouble() > 0, "510300.SH is in the shipped security master");
    }

    @Test
    void argumentsAreRefused() throws Exception {
        Run run = run("", "--server");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("usage: meridian price"));
    }
}

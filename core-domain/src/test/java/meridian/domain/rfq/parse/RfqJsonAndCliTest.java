package meridian.domain.rfq.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RfqJsonAndCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static RfqParser parser;

    @BeforeAll
    static void buildParser() {
        parser = SharedParser.get();
    }

    @Test
    void writesEveryKeyInTheContractsOrderWithPlainNumbersAndNulls() throws Exception {
        String json = parser.parse("茅台 3M 95put 名本1000w").toJson();
        JsonNode leg = MAPPER.readTree(json).get("legs").get(0);
        List<String> keys = new ArrayList<>();
        leg.fieldNames().forEachRemaining(keys::add);
        assertEquals(RfqScorer.ALL_FIELDS, keys);
        assertTrue(json.contains("\"strikePct\":95,"), json);
        assertTrue(json.contains("\"notional\":10000000,"), json);
        assertTrue(json.contains("\"knockOutPct\":null"), json);
        assertTrue(json.contains("\"tenor\":\"3M\""), json);
    }

    @Test
    void keepsDecimalsAsTheyWere() {
        String json = parser.parse("宁德 1个月 看涨 行权价102.5%").toJson();
        assertTrue(json.contains("\"strikePct\":102.5,"), json);
    }

    @Test
    void writesAnEmptyListWhenNothingIsAsked() {
        assertEquals("{\"legs\":[]}", parser.parse("早上好").toJson());
    }

    @Test
    void cliAnswersOneLinePerMessageInOrder() {
        String input = "宁德时代 1个月 平值看涨\n\n谢谢\n比亚迪 1/3个月 平值call\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = RfqParseCli.run(parser, new BufferedReader(new StringReader(input)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(0, status);
        assertEquals(4, lines.length);
        assertEquals(parser.parse("宁德时代 1个月 平值看涨").toJson(), lines[0]);
        assertEquals("{\"legs\":[]}", lines[1]);
        assertEquals("{\"legs\":[]}", lines[2]);
        assertEquals(2, parser.parse("比亚迪 1/3个月 平值call").legs().size());
        assertEquals(parser.parse("比亚迪 1/3个月 平值call").toJson(), lines[3]);
    }

    @Test
    void refusesTextThatIsNoChatMessageNamingTheField() {
        String tooLong = "宁德 1个月 平值看涨 ".repeat(300);
        ValidationException refused = assertThrows(ValidationException.class, () -> parser.parse(tooLong));
        assertEquals("text", refused.errors().get(0).field());
        assertThrows(ValidationException.class, () -> parser.parse(null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RfqParseCli.run(parser, new BufferedReader(new StringReader(tooLong + "\n宁德 1个月 平值看涨\n")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("{\"legs\":[]}", lines[0]);
        assertEquals(parser.parse("宁德 1个月 平值看涨").toJson(), lines[1]);
    }

    @Test
    void theScorerCountsAWrongLabelAsAMiss() throws Exception {
        RfqScorer.Example right = RfqScorer.load("/meridian/rfq/dev.jsonl").get(1);
        List<java.util.Map<String, String>> wrongLegs = new ArrayList<>();
        for (var leg : right.legs()) {
            var copy = new java.util.HashMap<>(leg);
            copy.put("strikePct", "96");
            wrongLegs.add(copy);
        }
        RfqScorer.Score score = RfqScorer.score(parser, List.of(new RfqScorer.Example(right.text(), wrongLegs)));
        assertEquals(0, score.exact);
        assertFalse(score.misses.isEmpty());
        assertTrue(score.f1("strikePct") < 1.0);
        assertEquals(1.0, score.f1("underlying"));
    }
}

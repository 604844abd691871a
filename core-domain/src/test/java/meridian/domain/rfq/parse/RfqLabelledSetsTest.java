package meridian.domain.rfq.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser over the contract's dev set and over the project's own held-out set. */
class RfqLabelledSetsTest {

    private static RfqParser parser;

    @BeforeAll
    static void buildParser() {
        parser = SharedParser.get();
    }

    @Test
    void parsesEveryMessageOfTheDevSetExactly() throws Exception {
        List<RfqScorer.Example> examples = RfqScorer.load("/meridian/rfq/dev.jsonl");
        RfqScorer.Score score = RfqScorer.score(parser, examples);
        System.out.print(score.report("dev set"));
        assertEquals(68, score.messages);
        assertTrue(score.misses.isEmpty(), () -> score.report("dev set"));
        assertEquals(1.0, score.accuracy());
        assertEquals(1.0, score.microF1(RfqScorer.ALL_FIELDS));
    }

    @Test
    void givesTheSameLegsWhenMessagesAreParsedConcurrently() throws Exception {
        List<String> texts = new ArrayList<>();
        RfqScorer.load("/meridian/rfq/dev.jsonl").forEach(example -> texts.add(example.text()));
        RfqScorer.load("/meridian/rfq/heldout.jsonl").forEach(example -> texts.add(example.text()));
        Map<String, String> sequential = new HashMap<>();
        texts.forEach(text -> sequential.put(text, parser.parse(text).toJson()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (String text : texts) {
                            if (!sequential.get(text).equals(parser.parse(text).toJson())) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void generalisesToTheHeldOutSet() throws Exception {
        List<RfqScorer.Example> examples = RfqScorer.load("/meridian/rfq/heldout.jsonl");
        RfqScorer.Score score = RfqScorer.score(parser, examples);
        System.out.print(score.report("held-out set"));
        assertTrue(score.messages >= 40);
        assertTrue(score.accuracy() >= 0.85, () -> score.report("held-out set"));
        assertTrue(score.microF1(RfqScorer.ALL_FIELDS) >= 0.95, () -> score.report("held-out set"));
    }
}

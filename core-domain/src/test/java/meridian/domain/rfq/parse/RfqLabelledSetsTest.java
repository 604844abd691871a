package meridian.domain.rfq.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void generalisesToTheHeldOutSet() throws Exception {
        List<RfqScorer.Example> examples = RfqScorer.load("/meridian/rfq/heldout.jsonl");
        RfqScorer.Score score = RfqScorer.score(parser, examples);
        System.out.print(score.report("held-out set"));
        assertTrue(score.messages >= 40);
        assertTrue(score.accuracy() >= 0.85, () -> score.report("held-out set"));
        assertTrue(score.microF1(RfqScorer.ALL_FIELDS) >= 0.95, () -> score.report("held-out set"));
    }
}

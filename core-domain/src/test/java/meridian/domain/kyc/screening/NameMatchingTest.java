package meridian.domain.kyc.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatchingTest {
    private final NameNormalizer normalizer = NameNormalizer.standard();

    private double score(String a, String b) {
        return NameSimilarity.score(normalizer.normalize(a), normalizer.normalize(b));
    }

    @Test
    void jaroWinklerGivesThePublishedValues() {
        assertEquals(0.961, JaroWinkler.similarity("martha", "marhta"), 0.001);
        assertEquals(0.840, JaroWinkler.similarity("dwayne", "duane"), 0.001);
        assertEquals(0.813, JaroWinkler.similarity("dixon", "dicksonx"), 0.001);
    }

    @Test
    void traditionalFullWidthAndLegalFormsFoldToOneName() {
        assertEquals("鸿泰精密电子科技", normalizer.normalize("鴻泰精密電子科技股份有限公司").chinese());
        assertEquals("华创3d打印科技", normalizer.normalize("華創３Ｄ打印科技有限公司").chinese());
        assertEquals("约翰史密斯", normalizer.normalize("约翰·史密斯").chinese());
        assertEquals(List.of("jose", "munoz"), normalizer.normalize("JOSÉ MUÑOZ, S.A.").tokens());
        assertEquals(List.of("northwind", "trading"), normalizer.normalize("Northwind Trading L.L.C.").tokens());
    }

    @Test
    void oneWrongCharacterInAChineseNameGoesToReviewButNotToBlock() {
        double s = score("赵德坤", "赵德昆");
        assertTrue(s >= 0.85 && s < 0.95, "score " + s);
        assertEquals(1.0, score("趙德昆", "赵德昆"));
    }

    @Test
    void anotherPersonWithTheSameSurnameIsIgnored() {
        assertTrue(score("赵文杰", "赵德昆") < 0.85);
        assertTrue(score("王芳", "王伟") < 0.85);
        assertTrue(score("李伟明", "张伟明") < 0.85);
    }

    @Test
    void latinNamesMatchTokenWiseInAnyOrder() {
        assertEquals(1.0, score("DROMOV Viktor Aleksandrovich", "Viktor Aleksandrovich Dromov"), 1e-9);
        assertTrue(score("Victor Dromov", "Viktor Aleksandrovich Dromov") >= 0.85);
        assertTrue(score("Mohamed Abdulla Rahman", "Mohammed Abdullah Rahman") >= 0.95);
        assertTrue(score("Peter Hansen", "Viktor Dromov") < 0.85);
        assertEquals(0.0, score("赵德昆", "Zhao Dekun"));
    }

    @Test
    void thresholdsSortScoresIntoBlockReviewAndNothing() {
        ScreeningThresholds thresholds = new ScreeningThresholds(0.9, 0.8);
        assertEquals(HitLevel.BLOCK, thresholds.levelOf(0.9).orElseThrow());
        assertEquals(HitLevel.REVIEW, thresholds.levelOf(0.85).orElseThrow());
        assertTrue(thresholds.levelOf(0.79).isEmpty());
    }
}

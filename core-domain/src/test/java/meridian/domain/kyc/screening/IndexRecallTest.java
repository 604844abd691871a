package meridian.domain.kyc.screening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import meridian.domain.kyc.bench.ScreeningBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The candidate index against a full scan on a generated list (the benchmark's generator, 5,000 entries): of the hits a
 * scan finds at or above the review threshold, the index must find at least 99%, for Chinese and for Latin names.
 */
class IndexRecallTest {
    private static final double FLOOR = 0.99;
    private static final int QUERIES = 300;

    private final ScreeningBenchmark generator = new ScreeningBenchmark();
    private final List<WatchListEntry> list = generator.generate(5_000);
    private final NameScreener screener = NameScreener.of(list);

    @Test
    void chineseIndexFindsWhatAScanFinds() {
        assertRecall(generator.queries(list, true, QUERIES, new ArrayList<>()), "Chinese");
    }

    @Test
    void latinIndexFindsWhatAScanFinds() {
        assertRecall(generator.queries(list, false, QUERIES, new ArrayList<>()), "Latin");
    }

    private void assertRecall(List<String> queries, String script) {
        int found = 0;
        int total = 0;
        for (String query : queries) {
            Set<String> indexed = screener.screen(query).stream().map(h -> h.entry().id()).collect(Collectors.toSet());
            for (ScreeningHit hit : screener.screenByScan(query)) {
                total++;
                found += indexed.contains(hit.entry().id()) ? 1 : 0;
            }
        }
        // Half the queries are changed list names, so a scan always finds hits; a test without any would prove nothing.
        assertTrue(total >= QUERIES / 2, script + ": only " + total + " hits by scan");
        double recall = found / (double) total;
        assertTrue(recall >= FLOOR, String.format("%s index recall vs full scan %.2f%% (%d of %d) is under %.0f%%", script,
                100 * recall, found, total, 100 * FLOOR));
    }
}

package meridian.domain.kyc.screening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the screener (index and scorer together) on the labelled pairs in
 * {@code meridian/kyc/name-pairs.csv}: each listed name becomes a list entry, each query is screened, and a pair counts as
 * flagged when its listed entry comes back at or above the review threshold.
 */
class MatcherPrecisionRecallTest {
    private record Pair(String query, String listed, boolean match, String variation) {
    }

    @Test
    void precisionAndRecallStayAboveTheirFloors() throws IOException {
        List<Pair> pairs = pairs();
        Map<String, WatchListEntry> entries = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            entries.computeIfAbsent(pair.listed(), name -> new WatchListEntry("P-" + entries.size(), "PAIRS",
                    ListCategory.SANCTIONS, EntryKind.PERSON, name, List.of(), null, null, null));
        }
        NameScreener screener = NameScreener.of(new ArrayList<>(entries.values()));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> mistakes = new ArrayList<>();
        for (Pair pair : pairs) {
            String listedId = entries.get(pair.listed()).id();
            boolean flagged = screener.screen(pair.query()).stream().anyMatch(hit -> hit.entry().id().equals(listedId));
            if (flagged && pair.match()) {
                tp++;
            } else if (flagged) {
                fp++;
                mistakes.add("false positive: " + pair);
            } else if (pair.match()) {
                fn++;
                mistakes.add("missed: " + pair);
            } else {
                tn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("name matcher on %d labelled pairs (%d matches): precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)%n",
                pairs.size(), tp + fn, precision, recall, tp, fp, fn, tn);
        mistakes.forEach(System.out::println);
        assertTrue(pairs.size() >= 200, "the labelled set has at least 200 pairs");
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.97, "recall " + recall);
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MatcherPrecisionRecallTest.class.getResourceAsStream("/meridian/kyc/name-pairs.csv"), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> fields = meridian.domain.common.CsvLine.split(line);
                pairs.add(new Pair(fields.get(0), fields.get(1), fields.get(2).equals("1"), fields.get(3)));
            }
        }
        return pairs;
    }
}

package meridian.domain.rfq.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the parser on a labelled set as the contract says: message-level exact match over the key
 * fields (legs compared as a multiset) and field-level F1 (per field, the multiset of values stated in
 * the expected legs against the one in the parsed legs).
 */
final class RfqScorer {

    static final List<String> ALL_FIELDS = List.of("underlying", "structure", "optionType", "tenor", "strikePct",
            "knockOutPct", "knockInPct", "barrierPct", "barrierType", "couponPct", "rebatePct", "participationPct",
            "payoutPct", "notional", "side", "solveFor");
    static final List<String> KEY_FIELDS = List.of("underlying", "structure", "optionType", "tenor", "strikePct",
            "knockOutPct", "knockInPct", "barrierPct", "notional", "side");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Example(String text, List<Map<String, String>> legs) {
    }

    record Miss(String text, List<Map<String, String>> expected, List<Map<String, String>> actual) {
    }

    static final class Score {
        int messages;
        int exact;
        final Map<String, int[]> counts = new LinkedHashMap<>(); // field -> {tp, fp, fn}
        final List<Miss> misses = new ArrayList<>();

        double accuracy() {
            return messages == 0 ? 0 : (double) exact / messages;
        }

        double f1(String field) {
            int[] c = counts.getOrDefault(field, new int[3]);
            return f1(c[0], c[1], c[2]);
        }

        double microF1(List<String> fields) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (String field : fields) {
                int[] c = counts.getOrDefault(field, new int[3]);
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return f1(tp, fp, fn);
        }

        private static double f1(int tp, int fp, int fn) {
            if (tp + fp + fn == 0) {
                return 1.0;
            }
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        String report(String name) {
            StringBuilder text = new StringBuilder();
            text.append(String.format("%s: %d messages, message-level accuracy %.1f%% (%d/%d), field F1 %.3f (key fields %.3f)%n",
                    name, messages, 100 * accuracy(), exact, messages, microF1(ALL_FIELDS), microF1(KEY_FIELDS)));
            for (String field : ALL_FIELDS) {
                int[] c = counts.getOrDefault(field, new int[3]);
                text.append(String.format("  %-17s F1 %.3f  (tp %d, fp %d, fn %d)%n", field, f1(field), c[0], c[1], c[2]));
            }
            for (Miss miss : misses) {
                text.append("  MISS ").append(miss.text()).append("\n    expected ").append(miss.expected())
                        .append("\n    parsed   ").append(miss.actual()).append('\n');
            }
            return text.toString();
        }
    }

    static List<Example> load(String resource) throws IOException {
        List<Example> examples = new ArrayList<>();
        InputStream in = RfqScorer.class.getResourceAsStream(resource);
        Objects.requireNonNull(in, resource);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(line);
                List<Map<String, String>> legs = new ArrayList<>();
                for (JsonNode leg : node.get("legs")) {
                    legs.add(withDefaults(flatten(leg)));
                }
                examples.add(new Example(node.get("text").asText(), legs));
            }
        }
        return examples;
    }

    static Score score(RfqParser parser, List<Example> examples) {
        Score score = new Score();
        for (Example example : examples) {
            List<Map<String, String>> actual = new ArrayList<>();
            for (RfqLeg leg : parser.parse(example.text()).legs()) {
                actual.add(flatten(RfqJson.toNode(leg)));
            }
            score.messages++;
            if (sameMultiset(project(example.legs(), KEY_FIELDS), project(actual, KEY_FIELDS))) {
                score.exact++;
            }
            if (!sameMultiset(project(example.legs(), ALL_FIELDS), project(actual, ALL_FIELDS))) {
                score.misses.add(new Miss(example.text(), example.legs(), actual));
            }
            for (String field : ALL_FIELDS) {
                int[] c = score.counts.computeIfAbsent(field, f -> new int[3]);
                Map<String, Integer> expectedValues = values(example.legs(), field);
                Map<String, Integer> actualValues = values(actual, field);
                int matched = 0;
                for (Map.Entry<String, Integer> entry : expectedValues.entrySet()) {
                    matched += Math.min(entry.getValue(), actualValues.getOrDefault(entry.getKey(), 0));
                }
                int expectedCount = expectedValues.values().stream().mapToInt(Integer::intValue).sum();
                int actualCount = actualValues.values().stream().mapToInt(Integer::intValue).sum();
                c[0] += matched;
                c[1] += actualCount - matched;
                c[2] += expectedCount - matched;
            }
        }
        return score;
    }

    /** Keys left out of a labelled leg mean null or the contract's default. */
    private static Map<String, String> withDefaults(Map<String, String> leg) {
        leg.putIfAbsent("side", "CLIENT_BUY");
        if (leg.get("solveFor") == null) {
            String structure = leg.get("structure");
            String solveFor = "PREMIUM";
            if ("SNOWBALL".equals(structure) || "PHOENIX".equals(structure)) {
                solveFor = leg.get("couponPct") == null ? "COUPON" : "PREMIUM";
            } else if ("SHARKFIN".equals(structure)) {
                solveFor = leg.get("participationPct") == null ? "PARTICIPATION" : "PREMIUM";
            }
            leg.put("solveFor", solveFor);
        }
        return leg;
    }

    private static Map<String, String> flatten(JsonNode leg) {
        Map<String, String> values = new HashMap<>();
        for (String field : ALL_FIELDS) {
            JsonNode value = leg.get(field);
            if (value == null || value.isNull()) {
                values.put(field, null);
            } else if (value.isNumber()) {
                values.put(field, new BigDecimal(value.asText()).stripTrailingZeros().toPlainString());
            } else {
                values.put(field, value.asText());
            }
        }
        return values;
    }

    private static List<Map<String, String>> project(List<Map<String, String>> legs, List<String> fields) {
        List<Map<String, String>> projected = new ArrayList<>();
        for (Map<String, String> leg : legs) {
            Map<String, String> kept = new HashMap<>();
            fields.forEach(field -> kept.put(field, leg.get(field)));
            projected.add(kept);
        }
        return projected;
    }

    private static boolean sameMultiset(List<Map<String, String>> a, List<Map<String, String>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<Map<String, String>> rest = new ArrayList<>(b);
        for (Map<String, String> leg : a) {
            if (!rest.remove(leg)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> values(List<Map<String, String>> legs, String field) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> leg : legs) {
            String value = leg.get(field);
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts;
    }
}

package meridian.domain.kyc.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese negative-event terms with weights, from {@code meridian/kyc/negative-news-lexicon.txt}. Scores a text by the
 * noisy-or of the weights of the distinct terms it contains; negated mentions (未违约, 无逾期) do not count.
 */
public final class NegativeLexicon {
    public static final String RESOURCE = "/meridian/kyc/negative-news-lexicon.txt";
    private static final List<String> NEGATIONS = List.of("不存在", "没有", "并非", "否认", "未", "无");
    private static final double TITLE_BOOST = 1.25;

    /** A lexicon term. */
    public record Term(String text, double weight, String category) {
    }

    /** What a text scored and which terms made the score. */
    public record Assessment(double negativity, List<Term> terms) {
    }

    private final List<Term> terms;

    public NegativeLexicon(List<Term> terms) {
        // longest first, so that 失信被执行人 is credited before 失信 and 被执行 inside it
        this.terms = terms.stream().sorted(Comparator.comparingInt((Term t) -> t.text().length()).reversed()).toList();
    }

    public static NegativeLexicon standard() {
        List<Term> terms = new ArrayList<>();
        try (InputStream in = NegativeLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                terms.add(new Term(parts[0].strip(), Double.parseDouble(parts[1].strip()), parts[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NegativeLexicon(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** Scores normalized title and body text. */
    public Assessment assess(String title, String body) {
        Map<String, Double> found = new LinkedHashMap<>();
        Map<String, Term> byText = new LinkedHashMap<>();
        scan(title, TITLE_BOOST, found, byText);
        scan(body, 1.0, found, byText);
        double keep = 1.0;
        for (double weight : found.values()) {
            keep *= 1.0 - Math.min(1.0, weight);
        }
        return new Assessment(1.0 - keep, List.copyOf(byText.values()));
    }

    private void scan(String text, double boost, Map<String, Double> found, Map<String, Term> byText) {
        boolean[] covered = new boolean[text.length()];
        for (Term term : terms) {
            for (int at = text.indexOf(term.text()); at >= 0; at = text.indexOf(term.text(), at + 1)) {
                if (covered[at] || negated(text, at)) {
                    continue;
                }
                for (int i = at; i < at + term.text().length(); i++) {
                    covered[i] = true;
                }
                found.merge(term.text(), term.weight() * boost, Math::max);
                byText.putIfAbsent(term.text(), term);
            }
        }
    }

    private static boolean negated(String text, int at) {
        for (String negation : NEGATIONS) {
            int from = at - negation.length();
            if (from >= 0 && text.startsWith(negation, from)) {
                return true;
            }
            // 未发生违约, 无任何逾期: one or two characters may sit between the negation and the term
            for (int gap = 1; gap <= 2; gap++) {
                if (from - gap >= 0 && text.startsWith(negation, from - gap)) {
                    return true;
                }
            }
        }
        return false;
    }
}

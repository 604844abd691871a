package meridian.domain.kyc.news;

import java.util.List;
import meridian.domain.kyc.screening.ScreeningSubject;

/**
 * A negative news story about a subject of a case: how surely it names the subject ({@code relevance}), how negative it
 * is, the lexicon terms found, and the ids of reposts folded into it.
 */
public record NewsHit(ScreeningSubject subject, NewsItem item, double relevance, double negativity, List<String> terms,
        List<String> duplicateIds) {

    public NewsHit {
        terms = List.copyOf(terms);
        duplicateIds = List.copyOf(duplicateIds);
    }

    /** Identifies the same story about the same subject across screenings. */
    public String key() {
        return item.id() + "@" + subject.name();
    }
}

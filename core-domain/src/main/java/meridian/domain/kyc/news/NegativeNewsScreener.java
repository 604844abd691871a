package meridian.domain.kyc.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import meridian.domain.kyc.screening.NameNormalizer;
import meridian.domain.kyc.screening.NameSimilarity;
import meridian.domain.kyc.screening.NormalizedName;
import meridian.domain.kyc.screening.ScreeningSubject;

/**
 * Ties news items to the subjects of a case and keeps the negative ones. A Chinese subject is found in the folded text
 * by its full name, by its name without the legal form (有限公司) and without leading place names (福建省福州市, or 福州
 * from {@code meridian/kyc/place-names.txt}), exactly,
 * or for names of four or more characters with one character off (the same scorer as watch-list screening); a Latin
 * subject by a run of as many tokens as it has. Reposts are
 * folded first ({@link NearDuplicates}).
 */
public final class NegativeNewsScreener {
    private static final Pattern LEADING_PLACE = Pattern.compile("^\\p{IsHan}{2,4}?(省|市|自治区|特别行政区)");
    private static final int MIN_VARIANT_LENGTH = 3;
    private static final String PLACES_RESOURCE = "/meridian/kyc/place-names.txt";
    private static final List<String> PLACES = loadPlaces();
    /** Shorter names (most personal names) must appear exactly: one character off in a news text is usually someone else. */
    private static final int MIN_FUZZY_LENGTH = 4;

    private final NegativeLexicon lexicon;
    private final NearDuplicates duplicates;
    private final NameNormalizer names;
    private final TextFolding folding;
    private final double minRelevance;
    private final double minNegativity;

    public NegativeNewsScreener(NegativeLexicon lexicon, NameNormalizer names, TextFolding folding, double minRelevance,
            double minNegativity) {
        this.lexicon = lexicon;
        this.names = names;
        this.folding = folding;
        this.duplicates = new NearDuplicates(0.6, folding);
        this.minRelevance = minRelevance;
        this.minNegativity = minNegativity;
    }

    public static NegativeNewsScreener standard() {
        return new NegativeNewsScreener(NegativeLexicon.standard(), NameNormalizer.standard(), TextFolding.standard(), 0.85, 0.3);
    }

    /** Negative stories about any of {@code subjects}, most negative first. */
    public List<NewsHit> screen(List<NewsItem> feed, List<ScreeningSubject> subjects) {
        List<NewsHit> hits = new ArrayList<>();
        for (Map.Entry<NewsItem, List<String>> story : duplicates.group(feed).entrySet()) {
            NewsItem item = story.getKey();
            NegativeLexicon.Assessment assessment = lexicon.assess(folding.compact(item.title()), folding.compact(item.body()));
            if (assessment.negativity() < minNegativity) {
                continue;
            }
            String compact = folding.compact(item.title() + "。" + item.body());
            List<String> tokens = List.of(folding.fold(item.title() + " " + item.body()).split("[^\\p{L}\\p{N}]+"));
            for (ScreeningSubject subject : subjects) {
                double relevance = relevance(subject.name(), compact, tokens);
                if (relevance >= minRelevance) {
                    hits.add(new NewsHit(subject, item, relevance, assessment.negativity(),
                            assessment.terms().stream().map(NegativeLexicon.Term::text).toList(), story.getValue()));
                }
            }
        }
        hits.sort(Comparator.comparingDouble(NewsHit::negativity).reversed().thenComparing(h -> h.item().id()));
        return hits;
    }

    /** How surely {@code text} mentions {@code name}: 1 for an exact mention, the fuzzy score for a near one, else 0. */
    double relevance(String name, String compactText, List<String> textTokens) {
        NormalizedName normalized = names.normalize(name);
        if (normalized.isEmpty()) {
            return 0;
        }
        if (!normalized.isChinese()) {
            return latinRelevance(normalized, textTokens);
        }
        double best = 0;
        for (String variant : chineseVariants(normalized.chinese())) {
            if (compactText.contains(variant)) {
                return 1.0;
            }
            if (variant.length() >= MIN_FUZZY_LENGTH) {
                best = Math.max(best, bestWindow(variant, compactText));
            }
        }
        return best;
    }

    private Set<String> chineseVariants(String name) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(name);
        String rest = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            var suffixed = LEADING_PLACE.matcher(rest);
            String shorter = null;
            if (suffixed.find()) {
                shorter = rest.substring(suffixed.end());
            } else {
                for (String place : PLACES) {
                    if (rest.startsWith(place)) {
                        shorter = rest.substring(place.length());
                        break;
                    }
                }
            }
            if (shorter != null && shorter.length() >= MIN_VARIANT_LENGTH + 1) {
                rest = shorter;
                variants.add(rest);
                stripped = true;
            }
        }
        return variants;
    }

    private static List<String> loadPlaces() {
        try (var in = NegativeNewsScreener.class.getResourceAsStream(PLACES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PLACES_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double bestWindow(String variant, String text) {
        double best = 0;
        int length = variant.length();
        for (int size = length - 1; size <= length + 1; size++) {
            if (size < MIN_VARIANT_LENGTH) {
                continue;
            }
            for (int i = 0; i + size <= text.length(); i++) {
                best = Math.max(best, NameSimilarity.chineseScore(variant, text.substring(i, i + size)));
            }
        }
        return best;
    }

    private static double latinRelevance(NormalizedName name, List<String> textTokens) {
        int size = name.tokens().size();
        double best = 0;
        for (int i = 0; i + size <= textTokens.size(); i++) {
            List<String> window = textTokens.subList(i, i + size);
            best = Math.max(best, NameSimilarity.latinScore(name.tokens(), window));
        }
        return best;
    }
}

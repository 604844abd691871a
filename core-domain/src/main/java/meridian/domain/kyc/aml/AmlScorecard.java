package meridian.domain.kyc.aml;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.Industry;
import meridian.domain.kyc.form.InstitutionType;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.ListCategory;
import meridian.domain.kyc.screening.SubjectHit;

/**
 * The AML risk scorecard (documented with its point table in core-domain/KYC.md). Six factors add points: entity type,
 * industry, region (the riskiest country among the owners' nationalities), ownership depth, screening hits and negative
 * news, and politically exposed persons. Below {@code mediumFrom} points is LOW, below {@code highFrom} MEDIUM, else HIGH;
 * a blocking sanctions hit or an owner from a call-for-action jurisdiction makes it HIGH whatever the points.
 */
public record AmlScorecard(
        Map<InstitutionType, Integer> typePoints,
        Map<Industry, Integer> industryPoints,
        Set<String> callForActionCountries,
        Set<String> increasedMonitoringCountries,
        Set<String> offshoreCentres,
        int mediumFrom,
        int highFrom) {

    public AmlScorecard {
        typePoints = Map.copyOf(typePoints);
        industryPoints = Map.copyOf(industryPoints);
        callForActionCountries = Set.copyOf(callForActionCountries);
        increasedMonitoringCountries = Set.copyOf(increasedMonitoringCountries);
        offshoreCentres = Set.copyOf(offshoreCentres);
        if (!(0 < mediumFrom && mediumFrom < highFrom)) {
            throw new IllegalArgumentException("need 0 < mediumFrom < highFrom");
        }
    }

    public static AmlScorecard standard() {
        Map<InstitutionType, Integer> types = new EnumMap<>(InstitutionType.class);
        types.put(InstitutionType.BANK, 0);
        types.put(InstitutionType.INSURER, 0);
        types.put(InstitutionType.SECURITIES_FIRM, 0);
        types.put(InstitutionType.FUND, 5);
        types.put(InstitutionType.TRUST, 5);
        types.put(InstitutionType.PRIVATE_FUND_MANAGER, 10);
        types.put(InstitutionType.CORPORATE, 10);
        types.put(InstitutionType.OTHER, 20);
        Map<Industry, Integer> industries = new EnumMap<>(Industry.class);
        industries.put(Industry.FINANCIAL_SERVICES, 0);
        industries.put(Industry.MANUFACTURING, 0);
        industries.put(Industry.TECHNOLOGY, 0);
        industries.put(Industry.UTILITIES, 0);
        industries.put(Industry.OTHER, 5);
        industries.put(Industry.CONSTRUCTION, 10);
        industries.put(Industry.MINING_AND_ENERGY, 10);
        industries.put(Industry.REAL_ESTATE, 15);
        industries.put(Industry.IMPORT_EXPORT_TRADING, 15);
        industries.put(Industry.PRECIOUS_METALS_AND_JEWELLERY, 20);
        industries.put(Industry.GAMING_AND_ENTERTAINMENT, 25);
        // FATF public statements as maintained by Compliance; a snapshot, to be updated with each FATF plenary
        Set<String> callForAction = Set.of("KP", "IR", "MM");
        Set<String> increasedMonitoring = Set.of("DZ", "AO", "BG", "BF", "CM", "CI", "HR", "CD", "HT", "KE", "LA", "LB", "ML",
                "MC", "MZ", "NA", "NP", "NG", "ZA", "SS", "SY", "TZ", "VE", "VN", "YE");
        Set<String> offshore = Set.of("VG", "KY", "BM", "BS", "PA", "SC", "MH", "WS", "BZ");
        return new AmlScorecard(types, industries, callForAction, increasedMonitoring, offshore, 25, 50);
    }

    public AmlRating rate(OnboardingForm form, List<SubjectHit> hits, List<NewsHit> news) {
        Objects.requireNonNull(form.institution(), "a rating needs a submitted form");
        List<AmlFactor> factors = new ArrayList<>();
        List<String> overrides = new ArrayList<>();

        InstitutionType type = form.institution().type();
        factors.add(new AmlFactor("entityType", String.valueOf(type), typePoints.getOrDefault(type, 20)));
        Industry industry = form.institution().industry();
        factors.add(new AmlFactor("industry", String.valueOf(industry), industryPoints.getOrDefault(industry, 5)));

        factors.add(region(form.beneficialOwners(), overrides));
        factors.add(ownershipDepth(form.beneficialOwners()));
        factors.add(screeningHits(hits, overrides));
        factors.add(negativeNews(news));
        factors.add(politicallyExposed(form.beneficialOwners(), hits));

        int score = factors.stream().mapToInt(AmlFactor::points).sum();
        AmlRiskLevel level = !overrides.isEmpty() || score >= highFrom ? AmlRiskLevel.HIGH
                : score >= mediumFrom ? AmlRiskLevel.MEDIUM : AmlRiskLevel.LOW;
        return new AmlRating(level, score, factors, overrides);
    }

    private AmlFactor region(List<BeneficialOwner> owners, List<String> overrides) {
        int points = 0;
        String detail = "institution in CN, no owner from a higher-risk jurisdiction";
        for (BeneficialOwner owner : owners) {
            String country = owner.nationality();
            int p = 0;
            String why = null;
            if (callForActionCountries.contains(country)) {
                p = 40;
                why = "an owner is from " + country + ", a FATF call-for-action jurisdiction";
                overrides.add(why);
            } else if (increasedMonitoringCountries.contains(country)) {
                p = 20;
                why = "an owner is from " + country + ", under FATF increased monitoring";
            } else if (offshoreCentres.contains(country)) {
                p = 10;
                why = "an owner is from " + country + ", an offshore financial centre";
            }
            if (p > points) {
                points = p;
                detail = why;
            }
        }
        return new AmlFactor("region", detail, points);
    }

    private static AmlFactor ownershipDepth(List<BeneficialOwner> owners) {
        int depth = owners.stream().map(BeneficialOwner::ownershipLayers).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .max().orElse(1);
        int points = depth <= 1 ? 0 : depth == 2 ? 5 : depth == 3 ? 10 : 20;
        return new AmlFactor("ownershipDepth", depth + (depth == 1 ? " layer (direct ownership)" : " layers to the ultimate owner"),
                points);
    }

    private static AmlFactor screeningHits(List<SubjectHit> hits, List<String> overrides) {
        long blocking = hits.stream().filter(h -> h.level() == HitLevel.BLOCK).count();
        long review = hits.size() - blocking;
        boolean sanctioned = hits.stream().anyMatch(h -> h.level() == HitLevel.BLOCK
                && h.hit().entry().category() == ListCategory.SANCTIONS);
        if (sanctioned) {
            overrides.add("a blocking sanctions-list hit");
        }
        int points = (int) Math.min(60, blocking * 40) + (int) Math.min(30, review * 15);
        return new AmlFactor("screeningHits", blocking + " blocking and " + review + " review hits", points);
    }

    private static AmlFactor negativeNews(List<NewsHit> news) {
        int points = 0;
        for (NewsHit hit : news) {
            points += hit.negativity() >= 0.8 ? 15 : 10;
        }
        return new AmlFactor("negativeNews", news.size() + " negative news stories", Math.min(30, points));
    }

    private static AmlFactor politicallyExposed(List<BeneficialOwner> owners, List<SubjectHit> hits) {
        long declared = owners.stream().filter(o -> Boolean.TRUE.equals(o.politicallyExposed())).count();
        long listed = hits.stream().filter(h -> h.hit().entry().category() == ListCategory.PEP).count();
        boolean any = declared + listed > 0;
        return new AmlFactor("politicallyExposedPersons",
                declared + " owners declared politically exposed, " + listed + " PEP-list hits", any ? 25 : 0);
    }
}

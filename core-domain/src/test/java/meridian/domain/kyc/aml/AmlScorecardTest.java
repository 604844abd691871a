package meridian.domain.kyc.aml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.Industry;
import meridian.domain.kyc.form.InstitutionProfile;
import meridian.domain.kyc.form.InstitutionType;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.screening.EntryKind;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.ListCategory;
import meridian.domain.kyc.screening.ScreeningHit;
import meridian.domain.kyc.screening.ScreeningSubject;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.screening.SubjectRole;
import meridian.domain.kyc.screening.WatchListEntry;
import org.junit.jupiter.api.Test;

class AmlScorecardTest {
    private final AmlScorecard scorecard = AmlScorecard.standard();

    private static Map<String, Integer> points(AmlRating rating) {
        return rating.factors().stream().collect(Collectors.toMap(AmlFactor::factor, AmlFactor::points));
    }

    private static SubjectHit hit(ListCategory category, HitLevel level) {
        WatchListEntry entry = new WatchListEntry("E1", "DEMO", category, EntryKind.PERSON, "陈立新", List.of(), "CN", "DEMO",
                LocalDate.of(2024, 1, 1));
        return new SubjectHit(new ScreeningSubject(SubjectRole.BENEFICIAL_OWNER, "beneficialOwners[0].name", "陈立新"),
                new ScreeningHit(entry, "陈立新", level == HitLevel.BLOCK ? 1.0 : 0.9, level));
    }

    @Test
    void aPlainManufacturerWithDirectAndOneIndirectOwnerIsLow() {
        AmlRating rating = scorecard.rate(KycFixtures.completeForm(), List.of(), List.of());
        assertEquals(AmlRiskLevel.LOW, rating.level());
        assertEquals(Map.of("entityType", 10, "industry", 0, "region", 0, "ownershipDepth", 5, "screeningHits", 0,
                "negativeNews", 0, "politicallyExposedPersons", 0), points(rating));
        assertEquals(15, rating.score());
    }

    @Test
    void aPepOwnerInADeepStructureInRealEstateIsMediumOrHigh() {
        InstitutionProfile realEstate = new InstitutionProfile("某置业有限公司", InstitutionType.CORPORATE, KycFixtures.CREDIT_CODE,
                "某地", "某人", BigDecimal.TEN, Industry.REAL_ESTATE);
        OnboardingForm form = KycFixtures.completeForm().with(realEstate).with(new BeneficialOwners(List.of(
                new BeneficialOwner("陈立新", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("80"), 4, true))));
        AmlRating rating = scorecard.rate(form, List.of(), List.of());
        assertEquals(10 + 15 + 20 + 25, rating.score());
        assertEquals(AmlRiskLevel.HIGH, rating.level());
        assertEquals(List.of(), rating.overrides());
    }

    @Test
    void aReviewHitMakesAnOtherwiseLowCaseMedium() {
        AmlRating rating = scorecard.rate(KycFixtures.completeForm(), List.of(hit(ListCategory.ENFORCEMENT, HitLevel.REVIEW)),
                List.of());
        assertEquals(30, rating.score());
        assertEquals(AmlRiskLevel.MEDIUM, rating.level());
    }

    @Test
    void aBlockingSanctionsHitOrACallForActionOwnerForcesHigh() {
        AmlRating sanctioned = scorecard.rate(KycFixtures.completeForm(InstitutionType.BANK),
                List.of(hit(ListCategory.SANCTIONS, HitLevel.BLOCK)), List.of());
        assertEquals(AmlRiskLevel.HIGH, sanctioned.level());
        assertEquals(List.of("a blocking sanctions-list hit"), sanctioned.overrides());

        OnboardingForm form = KycFixtures.completeForm(InstitutionType.BANK).with(new BeneficialOwners(List.of(
                new BeneficialOwner("Kim Sol Hwan", "KP", "P1234567", new BigDecimal("10"), 1, false))));
        AmlRating rating = scorecard.rate(form, List.of(), List.of());
        assertEquals(AmlRiskLevel.HIGH, rating.level());
        assertTrue(rating.overrides().get(0).contains("KP"));
    }

    @Test
    void pepListHitsCountAsPoliticallyExposed() {
        AmlRating rating = scorecard.rate(KycFixtures.completeForm(), List.of(hit(ListCategory.PEP, HitLevel.REVIEW)), List.of());
        assertEquals(25, points(rating).get("politicallyExposedPersons"));
    }
}

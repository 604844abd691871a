package meridian.domain.kyc.suitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.InstitutionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProfessionalInvestorRuleTest {
    private final ProfessionalInvestorRule rule = ProfessionalInvestorRule.standard();

    @ParameterizedTest
    @EnumSource(value = InstitutionType.class, names = {"BANK", "INSURER", "FUND", "TRUST", "SECURITIES_FIRM", "PRIVATE_FUND_MANAGER"})
    void financialInstitutionsQualifyWhateverTheirFigures(InstitutionType type) {
        SuitabilityResult result = rule.assess(type, KycFixtures.financial("1", "0", 0));
        assertTrue(result.professionalInvestor());
        assertEquals(List.of(), result.failures());
    }

    @Test
    void aCorporateMeetingAllThreeThresholdsExactlyQualifies() {
        assertTrue(rule.assess(InstitutionType.CORPORATE, KycFixtures.financial("50000000", "20000000", 3)).professionalInvestor());
    }

    @Test
    void aCorporateShortOnAnyThresholdFailsAndSaysWhy() {
        SuitabilityResult result = rule.assess(InstitutionType.CORPORATE, KycFixtures.financial("49999999.99", "30000000", 2));
        assertFalse(result.professionalInvestor());
        assertEquals(List.of("netAssets", "investmentExperience"),
                result.failures().stream().map(SuitabilityCheck::criterion).toList());
        assertEquals("net assets of 49,999,999.99 CNY are below the minimum of 50,000,000 CNY",
                result.failures().get(0).detail());
        assertEquals("2 years of investment experience is below the minimum of 3 years", result.failures().get(1).detail());
    }

    @Test
    void missingFinancialsFail() {
        assertFalse(rule.assess(InstitutionType.OTHER, null).professionalInvestor());
    }
}

package meridian.domain.kyc.suitability;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import meridian.domain.kyc.form.FinancialProfile;
import meridian.domain.kyc.form.InstitutionType;

/**
 * The professional-investor test for OTC options counterparties: licensed financial institutions and the products they
 * issue qualify; any other institution needs net assets of at least 50 million CNY, financial assets of at least
 * 20 million CNY and at least 3 years of investment experience (all three, at the last year end).
 */
public record ProfessionalInvestorRule(BigDecimal minNetAssetsCny, BigDecimal minFinancialAssetsCny, int minYearsOfExperience) {
    public ProfessionalInvestorRule {
        Objects.requireNonNull(minNetAssetsCny, "minNetAssetsCny");
        Objects.requireNonNull(minFinancialAssetsCny, "minFinancialAssetsCny");
    }

    public static ProfessionalInvestorRule standard() {
        return new ProfessionalInvestorRule(new BigDecimal("50000000"), new BigDecimal("20000000"), 3);
    }

    public SuitabilityResult assess(InstitutionType type, FinancialProfile financial) {
        List<SuitabilityCheck> checks = new ArrayList<>();
        if (type != null && type.isFinancialInstitution()) {
            checks.add(new SuitabilityCheck("financialInstitution", true,
                    type + " is a licensed financial institution (or its product) and qualifies as professional investor"));
            return new SuitabilityResult(true, checks);
        }
        if (financial == null) {
            checks.add(new SuitabilityCheck("financialProfile", false, "no financial profile was given"));
            return new SuitabilityResult(false, checks);
        }
        checks.add(atLeast("netAssets", "net assets", financial.netAssetsCny(), minNetAssetsCny));
        checks.add(atLeast("financialAssets", "financial assets", financial.financialAssetsCny(), minFinancialAssetsCny));
        Integer years = financial.yearsOfInvestmentExperience();
        boolean experienced = years != null && years >= minYearsOfExperience;
        checks.add(new SuitabilityCheck("investmentExperience", experienced,
                (years == null ? "investment experience is not given" : years + " years of investment experience")
                        + (experienced ? " meets " : " is below ") + "the minimum of " + minYearsOfExperience + " years"));
        boolean qualifies = checks.stream().allMatch(SuitabilityCheck::met);
        return new SuitabilityResult(qualifies, checks);
    }

    private static SuitabilityCheck atLeast(String criterion, String label, BigDecimal value, BigDecimal minimum) {
        if (value == null) {
            return new SuitabilityCheck(criterion, false, label + " are not given");
        }
        boolean met = value.compareTo(minimum) >= 0;
        return new SuitabilityCheck(criterion, met, label + " of " + cny(value) + (met ? " meet " : " are below ")
                + "the minimum of " + cny(minimum));
    }

    private static String cny(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount) + " CNY";
    }
}

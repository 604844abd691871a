package meridian.domain.kyc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import meridian.domain.kyc.form.AuthorisedTrader;
import meridian.domain.kyc.form.AuthorisedTraders;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.FinancialProfile;
import meridian.domain.kyc.form.Industry;
import meridian.domain.kyc.form.InstitutionProfile;
import meridian.domain.kyc.form.InstitutionType;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.form.Purpose;
import meridian.domain.kyc.form.PurposeSection;

/** A complete, valid onboarding form of a made-up corporate client, and helpers to vary it. */
public final class KycFixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final String CREDIT_CODE = "91350100M000100Y43";
    public static final String OWNER_1_ID = "11010519491231002X";
    public static final String OWNER_2_ID = "440524188001010014";
    public static final String TRADER_ID = "110101199003074477";

    private KycFixtures() {
    }

    public static InstitutionProfile institution(InstitutionType type) {
        return new InstitutionProfile("福州明远精密制造有限公司", type, CREDIT_CODE, "福建省福州市鼓楼区五四路 100 号", "陈立新",
                new BigDecimal("200000000"), Industry.MANUFACTURING);
    }

    public static FinancialProfile financial(String netAssets, String financialAssets, int years) {
        return new FinancialProfile(2025, new BigDecimal(netAssets), new BigDecimal(financialAssets), years,
                List.of("interest rate swaps", "commodity futures"));
    }

    public static List<BeneficialOwner> owners() {
        return List.of(
                new BeneficialOwner("陈立新", "CN", OWNER_1_ID, new BigDecimal("60"), 1, false),
                new BeneficialOwner("林晓梅", "CN", OWNER_2_ID, new BigDecimal("30.5"), 2, false));
    }

    public static List<DocumentRef> documents() {
        return List.of(
                document(DocumentType.BUSINESS_LICENCE, "licence.pdf"),
                document(DocumentType.FINANCIAL_STATEMENTS, "statements-2025.pdf"),
                document(DocumentType.AUTHORISATION_LETTER, "authorisation.pdf"));
    }

    public static DocumentRef document(DocumentType type, String fileName) {
        String sha = Integer.toHexString(fileName.hashCode());
        return new DocumentRef(type, fileName, "application/pdf", 120_000, "0".repeat(64 - sha.length()) + sha);
    }

    public static OnboardingForm completeForm() {
        return completeForm(InstitutionType.CORPORATE);
    }

    public static OnboardingForm completeForm(InstitutionType type) {
        OnboardingForm form = OnboardingForm.empty()
                .with(institution(type))
                .with(financial("80000000", "30000000", 5))
                .with(new BeneficialOwners(owners()))
                .with(new AuthorisedTraders(List.of(new AuthorisedTrader("王海", TRADER_ID, "13812345678", "wanghai@example.com"))))
                .with(new PurposeSection(Purpose.HEDGING, "hedge copper purchases"));
        for (DocumentRef document : documents()) {
            form = form.withDocument(document);
        }
        return form;
    }
}

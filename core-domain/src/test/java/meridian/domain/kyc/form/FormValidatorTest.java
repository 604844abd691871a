package meridian.domain.kyc.form;

import static meridian.domain.kyc.KycFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.kyc.KycFixtures;
import org.junit.jupiter.api.Test;

class FormValidatorTest {
    private final FormValidator validator = FormValidator.standard();

    private static Set<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aCompleteFormCanBeSubmitted() {
        assertEquals(List.of(), validator.submitErrors(KycFixtures.completeForm(), KycFixtures.CREDIT_CODE, TODAY));
    }

    @Test
    void anEmptyOrPartialDraftIsFineButCannotBeSubmitted() {
        OnboardingForm partial = OnboardingForm.empty().with(KycFixtures.institution(InstitutionType.CORPORATE));
        assertEquals(List.of(), validator.draftErrors(OnboardingForm.empty(), TODAY));
        assertEquals(List.of(), validator.draftErrors(partial, TODAY));

        Set<String> missing = fields(validator.submitErrors(partial, KycFixtures.CREDIT_CODE, TODAY));
        assertEquals(Set.of("financial", "beneficialOwners", "authorisedTraders", "purpose.purpose", "documents"), missing);
    }

    @Test
    void aDraftWithAMalformedValueIsRefusedNamingTheField() {
        OnboardingForm form = OnboardingForm.empty().with(new InstitutionProfile("某公司", null, "91350100M000100Y44", null,
                null, null, null));
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validateDraft(form, TODAY));
        assertEquals(List.of(new FieldError("institution.unifiedSocialCreditCode",
                "check character is '4' but must be '3'")), e.errors());
    }

    @Test
    void submitNamesEveryBadFieldWithItsIndex() {
        List<BeneficialOwner> owners = List.of(
                new BeneficialOwner("陈立新", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("60"), 1, false),
                new BeneficialOwner("林晓梅", "CN", "440524188001010015", new BigDecimal("50"), 0, null),
                new BeneficialOwner("John Smith", "GB", "12", new BigDecimal("-1"), 1, true));
        OnboardingForm form = KycFixtures.completeForm()
                .with(new BeneficialOwners(owners))
                .with(new AuthorisedTraders(List.of(new AuthorisedTrader("王海", KycFixtures.TRADER_ID, "12345", "not-mail"))));
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.validateForSubmit(form, KycFixtures.CREDIT_CODE, TODAY));
        assertEquals(Set.of("beneficialOwners[1].idNumber", "beneficialOwners[1].ownershipLayers",
                "beneficialOwners[1].politicallyExposed", "beneficialOwners[2].idNumber", "beneficialOwners[2].ownershipPct",
                "beneficialOwners", "authorisedTraders[0].phone", "authorisedTraders[0].email"), fields(e.errors()));
        assertTrue(e.errors().contains(new FieldError("beneficialOwners", "ownership adds up to 110%, more than 100%")));
    }

    @Test
    void ownershipOfExactlyOneHundredPercentIsSane() {
        OnboardingForm form = KycFixtures.completeForm().with(new BeneficialOwners(List.of(
                new BeneficialOwner("陈立新", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("66.67"), 1, false),
                new BeneficialOwner("林晓梅", "CN", KycFixtures.OWNER_2_ID, new BigDecimal("33.33"), 1, false))));
        assertEquals(List.of(), validator.submitErrors(form, KycFixtures.CREDIT_CODE, TODAY));
    }

    @Test
    void theSameIdNumberForTwoOwnersIsRefused() {
        OnboardingForm form = KycFixtures.completeForm().with(new BeneficialOwners(List.of(
                new BeneficialOwner("陈立新", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("50"), 1, false),
                new BeneficialOwner("陈立新", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("10"), 1, false))));
        assertEquals(Set.of("beneficialOwners[1].idNumber"), fields(validator.submitErrors(form, KycFixtures.CREDIT_CODE, TODAY)));
    }

    @Test
    void onlyTheInvitedInstitutionMaySubmit() {
        List<FieldError> errors = validator.submitErrors(KycFixtures.completeForm(), "91440300708461136T", TODAY);
        assertEquals(List.of(new FieldError("institution.unifiedSocialCreditCode", "is not the code of the invited institution")),
                errors);
    }

    @Test
    void everyDocumentTypeIsRequiredOnSubmit() {
        OnboardingForm form = KycFixtures.completeForm();
        for (DocumentRef document : form.documents()) {
            if (document.type() == DocumentType.AUTHORISATION_LETTER) {
                form = form.withoutDocument(document.sha256());
            }
        }
        assertEquals(List.of(new FieldError("documents", "a AUTHORISATION_LETTER document is required")),
                validator.submitErrors(form, KycFixtures.CREDIT_CODE, TODAY));
    }

    @Test
    void staleFinancialFiguresAreRefused() {
        OnboardingForm form = KycFixtures.completeForm().with(new FinancialProfile(2021, BigDecimal.TEN, BigDecimal.ONE, 3, List.of()));
        assertEquals(Set.of("financial.fiscalYear"), fields(validator.submitErrors(form, KycFixtures.CREDIT_CODE, TODAY)));
    }

    @Test
    void viewsSeeMaskedPersonalData() {
        OnboardingForm masked = KycFixtures.completeForm().masked();
        assertEquals("1101**********002X", masked.beneficialOwners().get(0).idNumber());
        assertEquals("138****5678", masked.authorisedTraders().get(0).phone());
        assertEquals("1101**********4477", masked.authorisedTraders().get(0).idNumber());
    }
}

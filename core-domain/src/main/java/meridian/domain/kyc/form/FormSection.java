package meridian.domain.kyc.form;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One step of the onboarding form, saved on its own as a draft. Fields may be missing while drafting; the form is
 * checked as a whole on submit ({@link FormValidator}), which is why the records do not refuse missing values.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "section")
@JsonSubTypes({
        @JsonSubTypes.Type(value = InstitutionProfile.class, name = "institution"),
        @JsonSubTypes.Type(value = FinancialProfile.class, name = "financial"),
        @JsonSubTypes.Type(value = BeneficialOwners.class, name = "beneficialOwners"),
        @JsonSubTypes.Type(value = AuthorisedTraders.class, name = "authorisedTraders"),
        @JsonSubTypes.Type(value = PurposeSection.class, name = "purpose")})
public sealed interface FormSection
        permits InstitutionProfile, FinancialProfile, BeneficialOwners, AuthorisedTraders, PurposeSection {
}

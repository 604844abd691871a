package meridian.domain.kyc.screening;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.OnboardingForm;

/** A name of a case that is screened, with the form field it comes from ({@code beneficialOwners[1].name}). */
public record ScreeningSubject(SubjectRole role, String field, String name) {

    /** The institution, its legal representative and every beneficial owner named in {@code form}. */
    public static List<ScreeningSubject> of(OnboardingForm form) {
        List<ScreeningSubject> subjects = new ArrayList<>();
        if (form.institution() != null) {
            if (form.institution().name() != null) {
                subjects.add(new ScreeningSubject(SubjectRole.INSTITUTION, "institution.name", form.institution().name()));
            }
            if (form.institution().legalRepresentative() != null) {
                subjects.add(new ScreeningSubject(SubjectRole.LEGAL_REPRESENTATIVE, "institution.legalRepresentative",
                        form.institution().legalRepresentative()));
            }
        }
        for (int i = 0; i < form.beneficialOwners().size(); i++) {
            BeneficialOwner owner = form.beneficialOwners().get(i);
            if (owner != null && owner.name() != null) {
                subjects.add(new ScreeningSubject(SubjectRole.BENEFICIAL_OWNER, "beneficialOwners[" + i + "].name", owner.name()));
            }
        }
        return subjects;
    }
}

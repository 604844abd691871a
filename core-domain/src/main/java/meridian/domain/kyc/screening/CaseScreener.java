package meridian.domain.kyc.screening;

import java.util.ArrayList;
import java.util.List;
import meridian.domain.kyc.form.OnboardingForm;

/** Screens every subject of an onboarding form against a watch list. */
public final class CaseScreener {
    private final NameScreener screener;

    public CaseScreener(NameScreener screener) {
        this.screener = screener;
    }

    public List<SubjectHit> screen(OnboardingForm form) {
        List<SubjectHit> hits = new ArrayList<>();
        for (ScreeningSubject subject : ScreeningSubject.of(form)) {
            for (ScreeningHit hit : screener.screen(subject.name())) {
                hits.add(new SubjectHit(subject, hit));
            }
        }
        return hits;
    }
}

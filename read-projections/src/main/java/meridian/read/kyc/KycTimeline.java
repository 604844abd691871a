package meridian.read.kyc;

import java.util.Locale;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.form.AuthorisedTraders;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.FinancialProfile;
import meridian.domain.kyc.form.FormSection;
import meridian.domain.kyc.form.InstitutionProfile;
import meridian.domain.kyc.form.PurposeSection;
import meridian.domain.kyc.screening.HitLevel;

/** One line per event for the case timeline: what happened, in words, without personal values. */
public final class KycTimeline {

    private KycTimeline() {
    }

    public static String describe(KycEvent event) {
        if (event instanceof KycEvent.ProspectInvited e) {
            return "invited " + e.institutionName() + " (" + e.unifiedSocialCreditCode() + "); code valid until "
                    + e.expiresAt() + "; reviews by " + e.reviewSequence();
        } else if (event instanceof KycEvent.InvitationReissued e) {
            return "issued a new onboarding code, valid until " + e.expiresAt();
        } else if (event instanceof KycEvent.OnboardingStarted e) {
            return "redeemed the onboarding code; the case is bound to " + e.by().userId();
        } else if (event instanceof KycEvent.DraftSaved e) {
            return "saved the " + sectionName(e.section()) + " section";
        } else if (event instanceof KycEvent.DocumentAttached e) {
            return "attached " + e.document().type() + " " + e.document().fileName() + " (" + e.document().contentType() + ", "
                    + e.document().sizeBytes() + " bytes, SHA-256 " + e.document().sha256() + ")";
        } else if (event instanceof KycEvent.DocumentRemoved e) {
            return "removed the document with SHA-256 " + e.sha256();
        } else if (event instanceof KycEvent.FormSubmitted) {
            return "submitted the form";
        } else if (event instanceof KycEvent.ScreeningCompleted e) {
            long block = e.hits().stream().filter(h -> h.level() == HitLevel.BLOCK).count();
            return "screened: " + e.hits().size() + " watch-list hit(s) (" + block + " blocking), " + e.news().size()
                    + " negative news stor(ies); AML rating " + e.rating().level() + " (" + e.rating().score()
                    + " points); professional investor: " + (e.suitability().professionalInvestor() ? "yes" : "no");
        } else if (event instanceof KycEvent.HitResolved e) {
            return "resolved hit " + e.hitKey() + " as " + e.resolution() + ": " + e.comment();
        } else if (event instanceof KycEvent.ReviewRecorded e) {
            return e.role() + " review: " + e.decision()
                    + (e.notionalLimitCny() == null ? "" : ", notional limit " + e.notionalLimitCny().toPlainString() + " CNY")
                    + (e.comment() == null ? "" : " (" + e.comment() + ")");
        } else if (event instanceof KycEvent.CaseApproved e) {
            return "approved with a notional limit of " + e.notionalLimitCny().toPlainString() + " CNY";
        } else if (event instanceof KycEvent.CaseReturned e) {
            return "returned to the client: " + e.comment();
        } else if (event instanceof KycEvent.CaseRejected e) {
            return "rejected: " + e.comment();
        } else if (event instanceof KycEvent.ApprovalSealed e) {
            return "sealed the approval record (SHA-256 " + e.recordSha256() + ") with key " + e.keyId();
        } else if (event instanceof KycEvent.RescreeningCleared) {
            return "re-screened: nothing new";
        } else if (event instanceof KycEvent.MonitoringAlertRaised e) {
            return "monitoring alert: " + e.newHits().size() + " new hit(s), " + e.newNews().size()
                    + " new stor(ies); back to review";
        } else if (event instanceof KycEvent.CaseClosed e) {
            return "closed: " + e.reason();
        } else if (event instanceof KycEvent.PersonalDataErased) {
            return "erased the personal data (the case key is destroyed)";
        }
        return event.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    static String sectionName(FormSection section) {
        if (section instanceof InstitutionProfile) {
            return "institution";
        } else if (section instanceof FinancialProfile) {
            return "financial";
        } else if (section instanceof BeneficialOwners) {
            return "beneficialOwners";
        } else if (section instanceof AuthorisedTraders) {
            return "authorisedTraders";
        } else if (section instanceof PurposeSection) {
            return "purpose";
        }
        return "unknown";
    }
}

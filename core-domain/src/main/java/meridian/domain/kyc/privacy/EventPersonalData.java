package meridian.domain.kyc.privacy;

import java.util.function.UnaryOperator;
import meridian.domain.kyc.caseflow.Contact;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.form.AuthorisedTraders;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.FormSection;
import meridian.domain.kyc.form.OnboardingForm;

/**
 * The personal values inside KYC events: the invited contact's phone and e-mail ({@code ProspectInvited}), and the
 * owners' and traders' ID numbers and traders' phones ({@code DraftSaved}). {@link #map} passes exactly those through a
 * transform (encrypt before persisting, decrypt on replay); {@link #masked} gives the event as views show it.
 */
public final class EventPersonalData {
    private EventPersonalData() {
    }

    /** The event with every personal value passed through {@code transform} (null values stay null). */
    public static KycEvent map(KycEvent event, UnaryOperator<String> transform) {
        if (event instanceof KycEvent.ProspectInvited e) {
            return new KycEvent.ProspectInvited(e.caseId(), e.institutionName(), e.unifiedSocialCreditCode(),
                    map(e.contact(), transform, transform), e.codeHash(), e.expiresAt(), e.reviewSequence(), e.by(), e.at());
        }
        if (event instanceof KycEvent.DraftSaved e) {
            return new KycEvent.DraftSaved(map(e.section(), transform), e.by(), e.at());
        }
        return event;
    }

    /** The section with its personal values passed through {@code transform}. */
    public static FormSection map(FormSection section, UnaryOperator<String> transform) {
        if (section == null) {
            return null;
        }
        OnboardingForm mapped = OnboardingForm.empty().with(section).mapPersonalData(transform);
        return sectionOf(section, mapped);
    }

    /** The event as a reader without need for the full values sees it: {@code 1101**********002X}, {@code 138****5678}. */
    public static KycEvent masked(KycEvent event) {
        if (event instanceof KycEvent.ProspectInvited e) {
            return new KycEvent.ProspectInvited(e.caseId(), e.institutionName(), e.unifiedSocialCreditCode(),
                    map(e.contact(), Masking::phone, Masking::email), e.codeHash(), e.expiresAt(), e.reviewSequence(), e.by(),
                    e.at());
        }
        if (event instanceof KycEvent.DraftSaved e && e.section() != null) {
            return new KycEvent.DraftSaved(sectionOf(e.section(), OnboardingForm.empty().with(e.section()).masked()), e.by(),
                    e.at());
        }
        return event;
    }

    private static FormSection sectionOf(FormSection original, OnboardingForm form) {
        if (original instanceof BeneficialOwners) {
            return new BeneficialOwners(form.beneficialOwners());
        }
        if (original instanceof AuthorisedTraders) {
            return new AuthorisedTraders(form.authorisedTraders());
        }
        return original;
    }

    private static Contact map(Contact contact, UnaryOperator<String> phone, UnaryOperator<String> email) {
        if (contact == null) {
            return null;
        }
        return new Contact(contact.name(), contact.phone() == null ? null : phone.apply(contact.phone()),
                contact.email() == null ? null : email.apply(contact.email()));
    }
}

package meridian.domain.kyc.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import meridian.domain.kyc.privacy.Masking;

/**
 * The client's onboarding form as saved so far. Every section may be absent while the case is a draft; documents are
 * added one upload at a time.
 */
public record OnboardingForm(
        InstitutionProfile institution,
        FinancialProfile financial,
        List<BeneficialOwner> beneficialOwners,
        List<AuthorisedTrader> authorisedTraders,
        PurposeSection purpose,
        List<DocumentRef> documents) {

    public OnboardingForm {
        beneficialOwners = Text.list(beneficialOwners);
        authorisedTraders = Text.list(authorisedTraders);
        documents = Text.list(documents);
    }

    public static OnboardingForm empty() {
        return new OnboardingForm(null, null, List.of(), List.of(), null, List.of());
    }

    /** The form with one section replaced by a newly saved version of it. */
    public OnboardingForm with(FormSection section) {
        if (section instanceof InstitutionProfile i) {
            return new OnboardingForm(i, financial, beneficialOwners, authorisedTraders, purpose, documents);
        } else if (section instanceof FinancialProfile f) {
            return new OnboardingForm(institution, f, beneficialOwners, authorisedTraders, purpose, documents);
        } else if (section instanceof BeneficialOwners o) {
            return new OnboardingForm(institution, financial, o.owners(), authorisedTraders, purpose, documents);
        } else if (section instanceof AuthorisedTraders t) {
            return new OnboardingForm(institution, financial, beneficialOwners, t.traders(), purpose, documents);
        } else if (section instanceof PurposeSection p) {
            return new OnboardingForm(institution, financial, beneficialOwners, authorisedTraders, p, documents);
        }
        throw new IllegalArgumentException("unknown form section " + section);
    }

    public OnboardingForm withDocument(DocumentRef document) {
        List<DocumentRef> all = new ArrayList<>(documents);
        all.add(document);
        return new OnboardingForm(institution, financial, beneficialOwners, authorisedTraders, purpose, all);
    }

    public OnboardingForm withoutDocument(String sha256) {
        return new OnboardingForm(institution, financial, beneficialOwners, authorisedTraders, purpose,
                documents.stream().filter(d -> !d.sha256().equals(sha256)).toList());
    }

    /**
     * The form with every personal value (owners' and traders' ID numbers, traders' phone numbers) passed through
     * {@code transform}: encrypt before persisting, decrypt after replay, mask for views, or map to null to erase.
     */
    public OnboardingForm mapPersonalData(UnaryOperator<String> transform) {
        List<BeneficialOwner> owners = beneficialOwners.stream()
                .map(o -> o.withIdNumber(apply(transform, o.idNumber())))
                .toList();
        List<AuthorisedTrader> traders = authorisedTraders.stream()
                .map(t -> new AuthorisedTrader(t.name(), apply(transform, t.idNumber()), apply(transform, t.phone()), t.email()))
                .toList();
        return new OnboardingForm(institution, financial, owners, traders, purpose, documents);
    }

    /** The form as shown to a role that does not need full personal values: {@code 1101**********0021}, {@code 138****5678}. */
    public OnboardingForm masked() {
        List<BeneficialOwner> owners = beneficialOwners.stream()
                .map(o -> o.withIdNumber(Masking.idNumber(o.idNumber())))
                .toList();
        List<AuthorisedTrader> traders = authorisedTraders.stream()
                .map(t -> new AuthorisedTrader(t.name(), Masking.idNumber(t.idNumber()), Masking.phone(t.phone()), t.email()))
                .toList();
        return new OnboardingForm(institution, financial, owners, traders, purpose, documents);
    }

    private static String apply(UnaryOperator<String> transform, String value) {
        return value == null ? null : transform.apply(value);
    }
}

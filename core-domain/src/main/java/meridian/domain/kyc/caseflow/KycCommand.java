package meridian.domain.kyc.caseflow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import meridian.domain.kyc.aml.AmlRating;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.FormSection;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.suitability.SuitabilityResult;

/**
 * What can be asked of a KYC case. Every command says who asks ({@link #by()}) and when ({@link #at()}, set by the
 * caller, so that deciding stays a pure function). The entity adds the reply target when it wraps these.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = KycCommand.InviteProspect.class, name = "InviteProspect"),
        @JsonSubTypes.Type(value = KycCommand.ReissueInvitation.class, name = "ReissueInvitation"),
        @JsonSubTypes.Type(value = KycCommand.StartOnboarding.class, name = "StartOnboarding"),
        @JsonSubTypes.Type(value = KycCommand.SaveDraft.class, name = "SaveDraft"),
        @JsonSubTypes.Type(value = KycCommand.AttachDocument.class, name = "AttachDocument"),
        @JsonSubTypes.Type(value = KycCommand.RemoveDocument.class, name = "RemoveDocument"),
        @JsonSubTypes.Type(value = KycCommand.SubmitForm.class, name = "SubmitForm"),
        @JsonSubTypes.Type(value = KycCommand.RecordScreening.class, name = "RecordScreening"),
        @JsonSubTypes.Type(value = KycCommand.ResolveHit.class, name = "ResolveHit"),
        @JsonSubTypes.Type(value = KycCommand.ReviewCase.class, name = "ReviewCase"),
        @JsonSubTypes.Type(value = KycCommand.SealApproval.class, name = "SealApproval"),
        @JsonSubTypes.Type(value = KycCommand.RecordRescreening.class, name = "RecordRescreening"),
        @JsonSubTypes.Type(value = KycCommand.CloseCase.class, name = "CloseCase")})
public sealed interface KycCommand {
    Actor by();

    Instant at();

    /** SALES invites a prospect; the caller generated the code ({@link OnboardingCode}) and passes only its hash. */
    record InviteProspect(String caseId, String institutionName, String unifiedSocialCreditCode, Contact contact,
            String codeHash, Instant expiresAt, List<KycRole> reviewSequence, Actor by, Instant at) implements KycCommand {
    }

    /** SALES issues a fresh code while the case is still invited (for instance after the first one expired). */
    record ReissueInvitation(String codeHash, Instant expiresAt, Actor by, Instant at) implements KycCommand {
    }

    /** The client redeems the onboarding code; the case is bound to this client user from then on. */
    record StartOnboarding(String code, Actor by, Instant at) implements KycCommand {
    }

    record SaveDraft(FormSection section, Actor by, Instant at) implements KycCommand {
    }

    /** Records an upload already stored under its SHA-256 (see {@link meridian.domain.kyc.form.DocumentPolicy#accept}). */
    record AttachDocument(DocumentRef document, Actor by, Instant at) implements KycCommand {
    }

    record RemoveDocument(String sha256, Actor by, Instant at) implements KycCommand {
    }

    record SubmitForm(Actor by, Instant at) implements KycCommand {
    }

    /** The results of screening the submitted form (see {@link KycAssessor}), recorded by SYSTEM. */
    record RecordScreening(List<SubjectHit> hits, List<NewsHit> news, AmlRating rating, SuitabilityResult suitability,
            Actor by, Instant at) implements KycCommand {
    }

    /** AML's conclusion on one hit, identified by {@link SubjectHit#key()}. */
    record ResolveHit(String hitKey, HitResolution resolution, String comment, Actor by, Instant at) implements KycCommand {
    }

    /** A reviewer's verdict; RISK approves with the notional limit it grants, in CNY. */
    record ReviewCase(ReviewDecision decision, String comment, BigDecimal notionalLimitCny, Actor by, Instant at)
            implements KycCommand {
    }

    /**
     * Seals the approval: the SHA-256 of {@link ApprovalRecord#canonicalBytes()} and the firm's signature over those bytes,
     * made by the caller with the key {@code keyId}.
     */
    record SealApproval(String recordSha256, String signature, String keyId, Actor by, Instant at) implements KycCommand {
    }

    /** Screening of an approved client again after a watch list or the news feed changed. */
    record RecordRescreening(List<SubjectHit> hits, List<NewsHit> news, Actor by, Instant at) implements KycCommand {
    }

    /** The client leaves (or the invitation is withdrawn): the case closes and its personal data is erased. */
    record CloseCase(String reason, Actor by, Instant at) implements KycCommand {
    }
}

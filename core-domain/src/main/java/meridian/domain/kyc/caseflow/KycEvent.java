package meridian.domain.kyc.caseflow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import meridian.domain.common.CborSerializable;
import meridian.domain.kyc.aml.AmlRating;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.FormSection;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.suitability.SuitabilityResult;

/**
 * What happened to a KYC case: the audit trail. Each event says who did it ({@link #by()}) and when ({@link #at()}).
 * Personal values inside events (owners' and traders' ID numbers, phone numbers) are plain here; the write side encrypts
 * them with the case key before persisting (see {@link meridian.domain.kyc.form.OnboardingForm#mapPersonalData}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = KycEvent.ProspectInvited.class, name = "ProspectInvited"),
        @JsonSubTypes.Type(value = KycEvent.InvitationReissued.class, name = "InvitationReissued"),
        @JsonSubTypes.Type(value = KycEvent.OnboardingStarted.class, name = "OnboardingStarted"),
        @JsonSubTypes.Type(value = KycEvent.DraftSaved.class, name = "DraftSaved"),
        @JsonSubTypes.Type(value = KycEvent.DocumentAttached.class, name = "DocumentAttached"),
        @JsonSubTypes.Type(value = KycEvent.DocumentRemoved.class, name = "DocumentRemoved"),
        @JsonSubTypes.Type(value = KycEvent.FormSubmitted.class, name = "FormSubmitted"),
        @JsonSubTypes.Type(value = KycEvent.ScreeningCompleted.class, name = "ScreeningCompleted"),
        @JsonSubTypes.Type(value = KycEvent.HitResolved.class, name = "HitResolved"),
        @JsonSubTypes.Type(value = KycEvent.ReviewRecorded.class, name = "ReviewRecorded"),
        @JsonSubTypes.Type(value = KycEvent.CaseApproved.class, name = "CaseApproved"),
        @JsonSubTypes.Type(value = KycEvent.CaseReturned.class, name = "CaseReturned"),
        @JsonSubTypes.Type(value = KycEvent.CaseRejected.class, name = "CaseRejected"),
        @JsonSubTypes.Type(value = KycEvent.ApprovalSealed.class, name = "ApprovalSealed"),
        @JsonSubTypes.Type(value = KycEvent.RescreeningCleared.class, name = "RescreeningCleared"),
        @JsonSubTypes.Type(value = KycEvent.MonitoringAlertRaised.class, name = "MonitoringAlertRaised"),
        @JsonSubTypes.Type(value = KycEvent.CaseClosed.class, name = "CaseClosed"),
        @JsonSubTypes.Type(value = KycEvent.PersonalDataErased.class, name = "PersonalDataErased")})
public sealed interface KycEvent extends CborSerializable {
    Actor by();

    Instant at();

    record ProspectInvited(String caseId, String institutionName, String unifiedSocialCreditCode, Contact contact,
            String codeHash, Instant expiresAt, List<KycRole> reviewSequence, Actor by, Instant at) implements KycEvent {
        public ProspectInvited {
            reviewSequence = List.copyOf(reviewSequence);
        }
    }

    record InvitationReissued(String codeHash, Instant expiresAt, Actor by, Instant at) implements KycEvent {
    }

    /** The client redeemed the code; {@code by.userId()} is the client user the case is bound to. */
    record OnboardingStarted(Actor by, Instant at) implements KycEvent {
    }

    record DraftSaved(FormSection section, Actor by, Instant at) implements KycEvent {
    }

    record DocumentAttached(DocumentRef document, Actor by, Instant at) implements KycEvent {
    }

    record DocumentRemoved(String sha256, Actor by, Instant at) implements KycEvent {
    }

    record FormSubmitted(Actor by, Instant at) implements KycEvent {
    }

    record ScreeningCompleted(List<SubjectHit> hits, List<NewsHit> news, AmlRating rating, SuitabilityResult suitability,
            Actor by, Instant at) implements KycEvent {
        public ScreeningCompleted {
            hits = List.copyOf(hits);
            news = List.copyOf(news);
        }
    }

    record HitResolved(String hitKey, HitResolution resolution, String comment, Actor by, Instant at) implements KycEvent {
    }

    record ReviewRecorded(KycRole role, ReviewDecision decision, String comment, BigDecimal notionalLimitCny, Actor by,
            Instant at) implements KycEvent {
    }

    /** Every required reviewer approved; the limit is the one RISK granted. */
    record CaseApproved(BigDecimal notionalLimitCny, Actor by, Instant at) implements KycEvent {
    }

    record CaseReturned(String comment, Actor by, Instant at) implements KycEvent {
    }

    record CaseRejected(String comment, Actor by, Instant at) implements KycEvent {
    }

    record ApprovalSealed(String recordSha256, String signature, String keyId, Actor by, Instant at) implements KycEvent {
    }

    record RescreeningCleared(Actor by, Instant at) implements KycEvent {
    }

    /** Monitoring found hits or stories not seen before; the case goes back to review. */
    record MonitoringAlertRaised(List<SubjectHit> newHits, List<NewsHit> newNews, Actor by, Instant at) implements KycEvent {
        public MonitoringAlertRaised {
            newHits = List.copyOf(newHits);
            newNews = List.copyOf(newNews);
        }
    }

    record CaseClosed(String reason, Actor by, Instant at) implements KycEvent {
    }

    /** The case's personal data is gone: the write side destroys the case key (crypto-shredding) on this event. */
    record PersonalDataErased(Actor by, Instant at) implements KycEvent {
    }
}

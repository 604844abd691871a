package meridian.domain.kyc.caseflow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import meridian.domain.common.CborSerializable;
import meridian.domain.kyc.aml.AmlRating;
import meridian.domain.kyc.caseflow.KycEvent.ApprovalSealed;
import meridian.domain.kyc.caseflow.KycEvent.HitResolved;
import meridian.domain.kyc.caseflow.KycEvent.ReviewRecorded;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.suitability.SuitabilityResult;

/**
 * The state of one KYC case, rebuilt from its events by {@link #apply(KycEvent)}. Immutable; Jackson-serialisable for
 * snapshots. {@code reviews} holds the current review round only (the full history is in the events).
 */
public record KycCase(
        String caseId,
        KycStatus status,
        Invitation invitation,
        List<KycRole> reviewSequence,
        String clientUserId,
        OnboardingForm form,
        Instant submittedAt,
        List<SubjectHit> hits,
        List<NewsHit> news,
        Map<String, HitResolved> resolutions,
        AmlRating rating,
        SuitabilityResult suitability,
        List<ReviewRecorded> reviews,
        BigDecimal notionalLimitCny,
        Instant approvedAt,
        ApprovalSealed seal,
        boolean personalDataErased) implements CborSerializable {

    public static final KycCase EMPTY = new KycCase(null, KycStatus.NEW, null, List.of(), null, OnboardingForm.empty(), null,
            List.of(), List.of(), Map.of(), null, null, List.of(), null, null, null, false);

    public KycCase {
        reviewSequence = reviewSequence == null ? List.of() : List.copyOf(reviewSequence);
        form = form == null ? OnboardingForm.empty() : form;
        hits = hits == null ? List.of() : List.copyOf(hits);
        news = news == null ? List.of() : List.copyOf(news);
        resolutions = resolutions == null ? Map.of() : Map.copyOf(resolutions);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** Approved, sealed and not under renewed review: RFQs and deals may be done with this client. */
    @JsonIgnore
    public boolean isEligibleCounterparty() {
        return status == KycStatus.MONITORING;
    }

    /** The role whose review is due, if the case is in review and a role is still to review. */
    @JsonIgnore
    public Optional<KycRole> nextReviewer() {
        if (status != KycStatus.IN_REVIEW || reviews.size() >= reviewSequence.size()) {
            return Optional.empty();
        }
        return Optional.of(reviewSequence.get(reviews.size()));
    }

    @JsonIgnore
    public List<SubjectHit> unresolvedBlockingHits() {
        return hits.stream().filter(h -> h.level() == HitLevel.BLOCK && !resolutions.containsKey(h.key())).toList();
    }

    @JsonIgnore
    public List<SubjectHit> confirmedMatches() {
        return hits.stream().filter(h -> {
            HitResolved resolved = resolutions.get(h.key());
            return resolved != null && resolved.resolution() == HitResolution.TRUE_MATCH;
        }).toList();
    }

    /** Keys of every hit and story this case has already been reviewed with, to tell new findings from known ones. */
    @JsonIgnore
    public Set<String> knownFindingKeys() {
        Set<String> keys = new HashSet<>();
        hits.forEach(h -> keys.add(h.key()));
        news.forEach(n -> keys.add(n.key()));
        return keys;
    }

    /** The record to seal, once the case is approved. */
    @JsonIgnore
    public ApprovalRecord approvalRecord() {
        if (approvedAt == null) {
            throw new IllegalStateException("case " + caseId + " is not approved");
        }
        List<String> approvals = reviews.stream()
                .map(r -> r.role() + " " + r.decision() + " by " + r.by().userId() + " at " + r.at())
                .toList();
        return new ApprovalRecord(caseId, invitation.institutionName(), invitation.unifiedSocialCreditCode(), notionalLimitCny,
                rating == null ? null : rating.level(), suitability != null && suitability.professionalInvestor(), approvals,
                approvedAt);
    }

    public KycCase apply(KycEvent event) {
        Builder next = new Builder(this);
        if (event instanceof KycEvent.ProspectInvited e) {
            next.caseId = e.caseId();
            next.status = KycStatus.INVITED;
            next.invitation = new Invitation(e.institutionName(), e.unifiedSocialCreditCode(), e.contact(), e.codeHash(),
                    e.expiresAt());
            next.reviewSequence = e.reviewSequence();
        } else if (event instanceof KycEvent.InvitationReissued e) {
            next.invitation = new Invitation(invitation.institutionName(), invitation.unifiedSocialCreditCode(),
                    invitation.contact(), e.codeHash(), e.expiresAt());
        } else if (event instanceof KycEvent.OnboardingStarted e) {
            next.status = KycStatus.DRAFT;
            next.clientUserId = e.by().userId();
        } else if (event instanceof KycEvent.DraftSaved e) {
            next.form = form.with(e.section());
        } else if (event instanceof KycEvent.DocumentAttached e) {
            next.form = form.withDocument(e.document());
        } else if (event instanceof KycEvent.DocumentRemoved e) {
            next.form = form.withoutDocument(e.sha256());
        } else if (event instanceof KycEvent.FormSubmitted e) {
            next.status = KycStatus.SCREENING;
            next.submittedAt = e.at();
        } else if (event instanceof KycEvent.ScreeningCompleted e) {
            next.status = KycStatus.IN_REVIEW;
            next.hits = e.hits();
            next.news = e.news();
            next.rating = e.rating();
            next.suitability = e.suitability();
            next.reviews = List.of();
            Set<String> stillThere = new HashSet<>();
            e.hits().forEach(h -> stillThere.add(h.key()));
            Map<String, HitResolved> kept = new LinkedHashMap<>(resolutions);
            kept.keySet().retainAll(stillThere);
            next.resolutions = kept;
        } else if (event instanceof HitResolved e) {
            Map<String, HitResolved> all = new LinkedHashMap<>(resolutions);
            all.put(e.hitKey(), e);
            next.resolutions = all;
        } else if (event instanceof ReviewRecorded e) {
            List<ReviewRecorded> all = new ArrayList<>(reviews);
            all.add(e);
            next.reviews = all;
        } else if (event instanceof KycEvent.CaseApproved e) {
            next.status = KycStatus.APPROVED;
            next.notionalLimitCny = e.notionalLimitCny();
            next.approvedAt = e.at();
            next.seal = null;
        } else if (event instanceof KycEvent.CaseReturned) {
            next.status = KycStatus.DRAFT;
            next.reviews = List.of();
        } else if (event instanceof KycEvent.CaseRejected) {
            next.status = KycStatus.REJECTED;
        } else if (event instanceof ApprovalSealed e) {
            next.status = KycStatus.MONITORING;
            next.seal = e;
        } else if (event instanceof KycEvent.MonitoringAlertRaised e) {
            next.status = KycStatus.IN_REVIEW;
            List<SubjectHit> allHits = new ArrayList<>(hits);
            allHits.addAll(e.newHits());
            next.hits = allHits;
            List<NewsHit> allNews = new ArrayList<>(news);
            allNews.addAll(e.newNews());
            next.news = allNews;
            next.reviews = List.of();
        } else if (event instanceof KycEvent.CaseClosed) {
            next.status = KycStatus.CLOSED;
        } else if (event instanceof KycEvent.PersonalDataErased) {
            next.form = form.mapPersonalData(value -> null);
            if (invitation != null && invitation.contact() != null) {
                next.invitation = new Invitation(invitation.institutionName(), invitation.unifiedSocialCreditCode(),
                        new Contact(invitation.contact().name(), null, null), invitation.codeHash(), invitation.expiresAt());
            }
            next.personalDataErased = true;
        }
        // RescreeningCleared changes nothing but the audit trail
        return next.build();
    }

    /** Mutable copy used by {@link #apply}, so each event handler names only the fields it changes. */
    private static final class Builder {
        String caseId;
        KycStatus status;
        Invitation invitation;
        List<KycRole> reviewSequence;
        String clientUserId;
        OnboardingForm form;
        Instant submittedAt;
        List<SubjectHit> hits;
        List<NewsHit> news;
        Map<String, HitResolved> resolutions;
        AmlRating rating;
        SuitabilityResult suitability;
        List<ReviewRecorded> reviews;
        BigDecimal notionalLimitCny;
        Instant approvedAt;
        ApprovalSealed seal;
        boolean personalDataErased;

        Builder(KycCase c) {
            caseId = c.caseId;
            status = c.status;
            invitation = c.invitation;
            reviewSequence = c.reviewSequence;
            clientUserId = c.clientUserId;
            form = c.form;
            submittedAt = c.submittedAt;
            hits = c.hits;
            news = c.news;
            resolutions = c.resolutions;
            rating = c.rating;
            suitability = c.suitability;
            reviews = c.reviews;
            notionalLimitCny = c.notionalLimitCny;
            approvedAt = c.approvedAt;
            seal = c.seal;
            personalDataErased = c.personalDataErased;
        }

        KycCase build() {
            return new KycCase(caseId, status, invitation, reviewSequence, clientUserId, form, submittedAt, hits, news,
                    resolutions, rating, suitability, reviews, notionalLimitCny, approvedAt, seal, personalDataErased);
        }
    }
}

package meridian.api.kyc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import meridian.domain.kyc.aml.AmlRating;
import meridian.domain.kyc.caseflow.Contact;
import meridian.domain.kyc.caseflow.HitResolution;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.ReviewDecision;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.ScreeningSubject;
import meridian.domain.kyc.screening.WatchListEntry;
import meridian.domain.kyc.suitability.SuitabilityResult;
import meridian.read.kyc.KycCaseView;
import meridian.read.kyc.KycViewUpdate;

/** What the KYC routes answer with: requests and the views each role reads. */
public final class KycViews {

    private KycViews() {
    }

    // ---- requests

    /** SALES invites a prospect; {@code codeValidity} (ISO-8601, e.g. {@code P7D}) shortens or lengthens the default. */
    public record InviteRequest(String institutionName, String unifiedSocialCreditCode, Contact contact, Duration codeValidity) {
    }

    public record ReissueRequest(Duration codeValidity) {
    }

    public record StartRequest(String code) {
    }

    public record HitResolutionRequest(String hitKey, HitResolution resolution, String comment) {
    }

    /** {@code role} is needed only when the reviewer holds more than one of COMPLIANCE, RISK and AML. */
    public record ReviewRequest(ReviewDecision decision, String comment, BigDecimal notionalLimitCny, KycRole role) {
    }

    public record CloseRequest(String reason) {
    }

    /** A copy of an approval record (its canonical text) with the seal to check. */
    public record SealVerificationRequest(String record, String signature, String keyId) {
    }

    // ---- answers to commands

    public record InvitationIssued(String caseId, KycStatus status, String institutionName, String onboardingCode,
            Instant expiresAt, List<KycRole> reviewSequence) {
    }

    /** The case after a command: where it stands and whom it waits for. */
    public record CaseSummary(String caseId, KycStatus status, String institutionName, KycRole waitingFor,
            List<DocumentRef> documents, BigDecimal notionalLimitCny, boolean eligibleCounterparty) {

        static CaseSummary of(KycCase state) {
            return new CaseSummary(state.caseId(), state.status(), institution(state), state.nextReviewer().orElse(null),
                    state.form().documents(), state.notionalLimitCny(), state.isEligibleCounterparty());
        }
    }

    public record DocumentAttached(DocumentRef document, CaseSummary caseSummary) {
    }

    // ---- reads

    /** The client's own case: its form (personal values masked), its status, and what the reviewers told it. */
    public record ClientCaseView(String caseId, KycStatus status, String institutionName, OnboardingForm form,
            List<DocumentType> missingDocuments, Instant submittedAt, BigDecimal notionalLimitCny,
            boolean eligibleCounterparty, List<Message> messages) {
    }

    public record Message(Instant at, String event, String text) {
    }

    /** A watch-list hit as a reviewer sees it, with AML's resolution when there is one. */
    public record HitView(String key, HitLevel level, double score, ScreeningSubject subject, String matchedName,
            WatchListEntry listEntry, HitResolution resolution, String resolvedBy, String resolutionComment) {
    }

    public record ReviewView(KycRole role, ReviewDecision decision, String comment, BigDecimal notionalLimitCny,
            String by, Instant at) {
    }

    public record SealSummary(String recordSha256, String keyId, Instant sealedAt) {
    }

    /**
     * A case as staff see it (personal values masked), with {@code focus}: for each reviewer role the caller holds,
     * what that review is about (COMPLIANCE documents and suitability; RISK financials and the limit; AML hits, owners
     * and rating).
     */
    public record StaffCaseView(String caseId, KycStatus status, String institutionName, String unifiedSocialCreditCode,
            Contact contact, Instant codeExpiresAt, List<KycRole> reviewSequence, String clientUserId, KycRole waitingFor,
            Instant waitingSince, Instant submittedAt, OnboardingForm form, AmlRating rating, SuitabilityResult suitability,
            List<HitView> hits, List<NewsHit> news, List<ReviewView> reviews, BigDecimal notionalLimitCny,
            Instant approvedAt, SealSummary seal, boolean personalDataErased, Map<KycRole, Map<String, Object>> focus) {
    }

    /** A case in a review queue, with its age against the review SLA. */
    public record QueueItem(String caseId, String institutionName, KycRole role, int round, Instant waitingSince,
            long ageSeconds, long slaSeconds, Instant dueAt, boolean overdue, Instant submittedAt, String amlRating,
            int unresolvedBlockingHits, int reviewHits, int newsHits, Boolean professionalInvestor) {

        static QueueItem of(KycViewUpdate.QueueEntry e, Duration sla, Instant now) {
            Instant due = e.waitingSince().plus(sla);
            return new QueueItem(e.caseId(), e.institutionName(), e.role(), e.round(), e.waitingSince(),
                    Math.max(0, Duration.between(e.waitingSince(), now).toSeconds()), sla.toSeconds(), due, now.isAfter(due),
                    e.submittedAt(), e.rating(), e.unresolvedBlockingHits(), e.reviewHits(), e.newsHits(),
                    e.professionalInvestor());
        }
    }

    public record TimelineItem(long seq, Instant at, String userId, KycRole role, String event, String summary) {
    }

    /** The sealed approval record of a case and whether its seal verifies now. */
    public record SealView(String caseId, String record, String recordSha256, String signature, String keyId,
            String algorithm, Instant sealedAt, String publicKeyPem, boolean valid) {
    }

    public record SealVerification(boolean valid, String keyId, String recordSha256, String detail) {
    }

    // ---- builders

    static StaffCaseView staff(KycCaseView view, Set<KycRole> reviewerRoles) {
        KycCase s = view.state();
        List<HitView> hits = hits(s);
        Map<KycRole, Map<String, Object>> focus = new EnumMap<>(KycRole.class);
        for (KycRole role : reviewerRoles) {
            Map<String, Object> f = new LinkedHashMap<>();
            if (role == KycRole.COMPLIANCE) {
                f.put("institution", s.form().institution());
                f.put("purpose", s.form().purpose());
                f.put("documents", s.form().documents());
                f.put("missingDocuments", missingDocuments(s.form()));
                f.put("suitability", s.suitability());
            } else if (role == KycRole.RISK) {
                f.put("financial", s.form().financial());
                f.put("suitability", s.suitability());
                f.put("amlRating", s.rating() == null ? null : s.rating().level());
                f.put("limitToGrant", "RISK approves with notionalLimitCny");
            } else if (role == KycRole.AML) {
                f.put("hits", hits);
                f.put("unresolvedBlockingHits", s.unresolvedBlockingHits().size());
                f.put("news", s.news());
                f.put("beneficialOwners", s.form().beneficialOwners());
                f.put("rating", s.rating());
            }
            focus.put(role, f);
        }
        return new StaffCaseView(view.caseId(), s.status(), institution(s),
                s.invitation() == null ? null : s.invitation().unifiedSocialCreditCode(),
                s.invitation() == null ? null : s.invitation().contact(),
                s.invitation() == null ? null : s.invitation().expiresAt(), s.reviewSequence(), s.clientUserId(),
                view.waitingFor(), view.waitingSince(), s.submittedAt(), s.form(), s.rating(), s.suitability(), hits, s.news(),
                s.reviews().stream().map(KycViews::review).toList(), s.notionalLimitCny(), s.approvedAt(),
                s.seal() == null ? null : new SealSummary(s.seal().recordSha256(), s.seal().keyId(), s.seal().at()),
                s.personalDataErased(), focus);
    }

    static ClientCaseView client(KycCaseView view, List<KycViewUpdate.TimelineEntry> timeline) {
        KycCase s = view.state();
        Set<String> told = Set.of("CaseReturned", "CaseRejected", "CaseApproved", "ApprovalSealed", "FormSubmitted",
                "ScreeningCompleted", "MonitoringAlertRaised", "CaseClosed");
        List<Message> messages = timeline.stream().filter(t -> told.contains(t.event()))
                .map(t -> new Message(t.at(), t.event(), clientText(t))).toList();
        return new ClientCaseView(view.caseId(), s.status(), institution(s), s.form(), missingDocuments(s.form()),
                s.submittedAt(), s.notionalLimitCny(), s.isEligibleCounterparty(), messages);
    }

    /** The client is told that screening and review happen, not what they found. */
    private static String clientText(KycViewUpdate.TimelineEntry t) {
        switch (t.event()) {
            case "ScreeningCompleted":
                return "screening completed; the case is with the reviewers";
            case "MonitoringAlertRaised":
                return "the case is under review again";
            default:
                return t.summary();
        }
    }

    static List<HitView> hits(KycCase s) {
        return s.hits().stream().map(h -> {
            KycEvent.HitResolved r = s.resolutions().get(h.key());
            return new HitView(h.key(), h.level(), round(h.hit().score()), h.subject(), h.hit().matchedName(),
                    h.hit().entry(), r == null ? null : r.resolution(), r == null ? null : r.by().userId(),
                    r == null ? null : r.comment());
        }).toList();
    }

    static List<DocumentType> missingDocuments(OnboardingForm form) {
        Set<DocumentType> present = form.documents().stream().map(DocumentRef::type).collect(Collectors.toSet());
        return Arrays.stream(DocumentType.values()).filter(t -> !present.contains(t)).toList();
    }

    private static ReviewView review(KycEvent.ReviewRecorded r) {
        return new ReviewView(r.role(), r.decision(), r.comment(), r.notionalLimitCny(), r.by().userId(), r.at());
    }

    static String institution(KycCase s) {
        if (s.form().institution() != null && s.form().institution().name() != null) {
            return s.form().institution().name();
        }
        return s.invitation() == null ? null : s.invitation().institutionName();
    }

    private static double round(double score) {
        return Math.round(score * 10_000.0) / 10_000.0;
    }
}

package meridian.domain.kyc.caseflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import meridian.domain.common.FieldError;
import meridian.domain.kyc.caseflow.KycCommand.AttachDocument;
import meridian.domain.kyc.caseflow.KycCommand.CloseCase;
import meridian.domain.kyc.caseflow.KycCommand.InviteProspect;
import meridian.domain.kyc.caseflow.KycCommand.RecordRescreening;
import meridian.domain.kyc.caseflow.KycCommand.RecordScreening;
import meridian.domain.kyc.caseflow.KycCommand.ReissueInvitation;
import meridian.domain.kyc.caseflow.KycCommand.RemoveDocument;
import meridian.domain.kyc.caseflow.KycCommand.ResolveHit;
import meridian.domain.kyc.caseflow.KycCommand.ReviewCase;
import meridian.domain.kyc.caseflow.KycCommand.SaveDraft;
import meridian.domain.kyc.caseflow.KycCommand.SealApproval;
import meridian.domain.kyc.caseflow.KycCommand.StartOnboarding;
import meridian.domain.kyc.caseflow.KycCommand.SubmitForm;
import meridian.domain.kyc.form.DocumentPolicy;
import meridian.domain.kyc.form.DocumentRefusedException;
import meridian.domain.kyc.form.FormValidator;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.ident.UnifiedSocialCreditCode;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.screening.SubjectHit;

/**
 * The KYC case state machine as a pure function: {@link #decide} turns a command into events or a refusal, and
 * {@link #apply} folds an event into the state. A command that the current state does not allow is refused with the
 * state's name; who may do what is checked here too, so the HTTP layer only translates.
 */
public final class KycDecider {
    /** Dates on forms (birth dates, fiscal years) are judged in the firm's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final List<KycRole> DEFAULT_REVIEW_SEQUENCE = List.of(KycRole.COMPLIANCE, KycRole.RISK, KycRole.AML);
    private static final Set<KycRole> REVIEWERS = EnumSet.of(KycRole.COMPLIANCE, KycRole.RISK, KycRole.AML);

    private final FormValidator validator;
    private final DocumentPolicy documents;

    public KycDecider(FormValidator validator, DocumentPolicy documents) {
        this.validator = validator;
        this.documents = documents;
    }

    public static KycDecider standard() {
        return new KycDecider(FormValidator.standard(), DocumentPolicy.standard());
    }

    public KycCase apply(KycCase state, KycEvent event) {
        return state.apply(event);
    }

    /** Applies every event of an accepted decision in turn. */
    public KycCase applyAll(KycCase state, List<KycEvent> events) {
        KycCase next = state;
        for (KycEvent event : events) {
            next = next.apply(event);
        }
        return next;
    }

    public Decision decide(KycCase state, KycCommand command) {
        if (command instanceof InviteProspect c) {
            return invite(state, c);
        } else if (command instanceof ReissueInvitation c) {
            return reissue(state, c);
        } else if (command instanceof StartOnboarding c) {
            return start(state, c);
        } else if (command instanceof SaveDraft c) {
            return saveDraft(state, c);
        } else if (command instanceof AttachDocument c) {
            return attach(state, c);
        } else if (command instanceof RemoveDocument c) {
            return remove(state, c);
        } else if (command instanceof SubmitForm c) {
            return submit(state, c);
        } else if (command instanceof RecordScreening c) {
            return recordScreening(state, c);
        } else if (command instanceof ResolveHit c) {
            return resolve(state, c);
        } else if (command instanceof ReviewCase c) {
            return review(state, c);
        } else if (command instanceof SealApproval c) {
            return seal(state, c);
        } else if (command instanceof RecordRescreening c) {
            return rescreen(state, c);
        } else if (command instanceof CloseCase c) {
            return close(state, c);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private Decision invite(KycCase state, InviteProspect c) {
        if (state.status() != KycStatus.NEW) {
            return wrongState(state, "invite a prospect", KycStatus.NEW);
        }
        if (c.by().role() != KycRole.SALES) {
            return notPermitted(c, "invite a prospect", KycRole.SALES);
        }
        List<FieldError> errors = new ArrayList<>();
        if (blank(c.caseId())) {
            errors.add(new FieldError("caseId", "is required"));
        }
        if (blank(c.institutionName())) {
            errors.add(new FieldError("institutionName", "is required"));
        }
        if (blank(c.unifiedSocialCreditCode())) {
            errors.add(new FieldError("unifiedSocialCreditCode", "is required"));
        } else {
            UnifiedSocialCreditCode.problem(c.unifiedSocialCreditCode())
                    .ifPresent(problem -> errors.add(new FieldError("unifiedSocialCreditCode", problem)));
        }
        if (c.contact() == null || blank(c.contact().name())) {
            errors.add(new FieldError("contact.name", "is required"));
        }
        if (c.contact() == null || (blank(c.contact().email()) && blank(c.contact().phone()))) {
            errors.add(new FieldError("contact", "give an e-mail address or a phone number"));
        }
        if (blank(c.codeHash()) || c.codeHash().length() != 64) {
            errors.add(new FieldError("codeHash", "must be the SHA-256 of the onboarding code"));
        }
        if (c.expiresAt() == null || !c.expiresAt().isAfter(c.at())) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        }
        List<KycRole> sequence = c.reviewSequence() == null || c.reviewSequence().isEmpty() ? DEFAULT_REVIEW_SEQUENCE
                : c.reviewSequence();
        if (!REVIEWERS.containsAll(sequence) || Set.copyOf(sequence).size() != sequence.size()) {
            errors.add(new FieldError("reviewSequence", "must list distinct roles among " + REVIEWERS));
        }
        if (!errors.isEmpty()) {
            return Decision.invalid(errors);
        }
        return Decision.accept(new KycEvent.ProspectInvited(c.caseId(), c.institutionName().strip(),
                c.unifiedSocialCreditCode(), c.contact(), c.codeHash(), c.expiresAt(), sequence, c.by(), c.at()));
    }

    private Decision reissue(KycCase state, ReissueInvitation c) {
        if (state.status() != KycStatus.INVITED) {
            return wrongState(state, "reissue the invitation", KycStatus.INVITED);
        }
        if (c.by().role() != KycRole.SALES) {
            return notPermitted(c, "reissue the invitation", KycRole.SALES);
        }
        if (blank(c.codeHash()) || c.codeHash().length() != 64) {
            return Decision.invalid(List.of(new FieldError("codeHash", "must be the SHA-256 of the onboarding code")));
        }
        if (c.expiresAt() == null || !c.expiresAt().isAfter(c.at())) {
            return Decision.invalid(List.of(new FieldError("expiresAt", "must be in the future")));
        }
        return Decision.accept(new KycEvent.InvitationReissued(c.codeHash(), c.expiresAt(), c.by(), c.at()));
    }

    private Decision start(KycCase state, StartOnboarding c) {
        if (state.status() != KycStatus.INVITED) {
            return wrongState(state, "start onboarding", KycStatus.INVITED);
        }
        if (c.by().role() != KycRole.CLIENT) {
            return notPermitted(c, "start onboarding", KycRole.CLIENT);
        }
        if (!OnboardingCode.matches(state.caseId(), c.code(), state.invitation().codeHash())) {
            return Decision.reject(RejectionCode.INVALID_CODE, "the onboarding code is not valid for this case");
        }
        if (!c.at().isBefore(state.invitation().expiresAt())) {
            return Decision.reject(RejectionCode.CODE_EXPIRED,
                    "the onboarding code expired at " + state.invitation().expiresAt() + "; ask for a new invitation");
        }
        return Decision.accept(new KycEvent.OnboardingStarted(c.by(), c.at()));
    }

    private Decision saveDraft(KycCase state, SaveDraft c) {
        Decision refused = clientInDraft(state, c, "save a draft");
        if (refused != null) {
            return refused;
        }
        if (c.section() == null) {
            return Decision.invalid(List.of(new FieldError("section", "is required")));
        }
        List<FieldError> errors = validator.draftErrors(OnboardingForm.empty().with(c.section()), today(c));
        if (!errors.isEmpty()) {
            return Decision.invalid(errors);
        }
        return Decision.accept(new KycEvent.DraftSaved(c.section(), c.by(), c.at()));
    }

    private Decision attach(KycCase state, AttachDocument c) {
        Decision refused = clientInDraft(state, c, "attach a document");
        if (refused != null) {
            return refused;
        }
        if (c.document() == null) {
            return Decision.invalid(List.of(new FieldError("document", "is required")));
        }
        try {
            documents.check(c.document());
        } catch (DocumentRefusedException e) {
            RejectionCode code = switch (e.reason()) {
                case TOO_LARGE -> RejectionCode.DOCUMENT_TOO_LARGE;
                case UNSUPPORTED_TYPE -> RejectionCode.UNSUPPORTED_DOCUMENT;
                case EMPTY -> RejectionCode.INVALID_INPUT;
            };
            return new Decision.Rejected(code, e.getMessage(), e.errors());
        }
        if (state.form().documents().stream().anyMatch(d -> d.sha256().equals(c.document().sha256()))) {
            return Decision.invalid(List.of(new FieldError("document.sha256", "this file is already attached")));
        }
        return Decision.accept(new KycEvent.DocumentAttached(c.document(), c.by(), c.at()));
    }

    private Decision remove(KycCase state, RemoveDocument c) {
        Decision refused = clientInDraft(state, c, "remove a document");
        if (refused != null) {
            return refused;
        }
        if (state.form().documents().stream().noneMatch(d -> d.sha256().equals(c.sha256()))) {
            return Decision.reject(RejectionCode.NOT_FOUND, "no document with SHA-256 " + c.sha256() + " is attached");
        }
        return Decision.accept(new KycEvent.DocumentRemoved(c.sha256(), c.by(), c.at()));
    }

    private Decision submit(KycCase state, SubmitForm c) {
        Decision refused = clientInDraft(state, c, "submit the form");
        if (refused != null) {
            return refused;
        }
        List<FieldError> errors = validator.submitErrors(state.form(), state.invitation().unifiedSocialCreditCode(), today(c));
        if (!errors.isEmpty()) {
            return Decision.invalid(errors);
        }
        return Decision.accept(new KycEvent.FormSubmitted(c.by(), c.at()));
    }

    private Decision recordScreening(KycCase state, RecordScreening c) {
        if (state.status() != KycStatus.SCREENING) {
            return wrongState(state, "record screening results", KycStatus.SCREENING);
        }
        if (c.by().role() != KycRole.SYSTEM) {
            return notPermitted(c, "record screening results", KycRole.SYSTEM);
        }
        if (c.rating() == null || c.suitability() == null) {
            return Decision.invalid(List.of(new FieldError(c.rating() == null ? "rating" : "suitability", "is required")));
        }
        return Decision.accept(new KycEvent.ScreeningCompleted(nonNull(c.hits()), nonNull(c.news()), c.rating(),
                c.suitability(), c.by(), c.at()));
    }

    private Decision resolve(KycCase state, ResolveHit c) {
        if (state.status() != KycStatus.IN_REVIEW) {
            return wrongState(state, "resolve a hit", KycStatus.IN_REVIEW);
        }
        if (c.by().role() != KycRole.AML) {
            return notPermitted(c, "resolve a hit", KycRole.AML);
        }
        if (state.hits().stream().noneMatch(h -> h.key().equals(c.hitKey()))) {
            return Decision.reject(RejectionCode.NOT_FOUND, "the case has no hit " + c.hitKey());
        }
        List<FieldError> errors = new ArrayList<>();
        if (c.resolution() == null) {
            errors.add(new FieldError("resolution", "is required"));
        }
        if (blank(c.comment())) {
            errors.add(new FieldError("comment", "say why"));
        }
        if (state.resolutions().containsKey(c.hitKey())) {
            errors.add(new FieldError("hitKey", "this hit is already resolved"));
        }
        if (!errors.isEmpty()) {
            return Decision.invalid(errors);
        }
        return Decision.accept(new KycEvent.HitResolved(c.hitKey(), c.resolution(), c.comment().strip(), c.by(), c.at()));
    }

    private Decision review(KycCase state, ReviewCase c) {
        if (state.status() != KycStatus.IN_REVIEW) {
            return wrongState(state, "review the case", KycStatus.IN_REVIEW);
        }
        if (!REVIEWERS.contains(c.by().role()) || !state.reviewSequence().contains(c.by().role())) {
            return notPermitted(c, "review the case", state.reviewSequence().toArray(KycRole[]::new));
        }
        KycRole due = state.nextReviewer().orElseThrow();
        if (c.by().role() != due) {
            return Decision.reject(RejectionCode.OUT_OF_TURN,
                    "the case awaits the " + due + " review; " + c.by().role() + " reviews after it");
        }
        if (state.reviews().stream().anyMatch(r -> r.by().userId().equals(c.by().userId()))) {
            return Decision.reject(RejectionCode.NOT_PERMITTED,
                    "user " + c.by().userId() + " already reviewed this case in this round; another person must review");
        }
        if (c.decision() == null) {
            return Decision.invalid(List.of(new FieldError("decision", "is required")));
        }
        KycEvent.ReviewRecorded recorded = new KycEvent.ReviewRecorded(due, c.decision(),
                c.comment() == null ? null : c.comment().strip(), c.notionalLimitCny(), c.by(), c.at());
        switch (c.decision()) {
            case REJECT:
            case RETURN:
                if (blank(c.comment())) {
                    return Decision.invalid(List.of(new FieldError("comment", "say why the case is " +
                            (c.decision() == ReviewDecision.REJECT ? "rejected" : "returned"))));
                }
                KycEvent outcome = c.decision() == ReviewDecision.REJECT
                        ? new KycEvent.CaseRejected(c.comment().strip(), c.by(), c.at())
                        : new KycEvent.CaseReturned(c.comment().strip(), c.by(), c.at());
                return Decision.accept(recorded, outcome);
            default:
                return approve(state, c, due, recorded);
        }
    }

    private Decision approve(KycCase state, ReviewCase c, KycRole role, KycEvent.ReviewRecorded recorded) {
        if (role == KycRole.RISK && (c.notionalLimitCny() == null || c.notionalLimitCny().signum() <= 0)) {
            return Decision.invalid(List.of(new FieldError("notionalLimitCny", "RISK approves with a positive notional limit")));
        }
        boolean last = state.reviews().size() + 1 == state.reviewSequence().size();
        boolean setsLimit = role == KycRole.RISK || (last && !state.reviewSequence().contains(KycRole.RISK));
        if (!setsLimit && c.notionalLimitCny() != null) {
            return Decision.invalid(List.of(new FieldError("notionalLimitCny",
                    "only RISK sets the notional limit (or the last reviewer when RISK does not review)")));
        }
        if (c.notionalLimitCny() != null && c.notionalLimitCny().signum() <= 0) {
            return Decision.invalid(List.of(new FieldError("notionalLimitCny", "must be positive")));
        }
        List<String> blockers = new ArrayList<>();
        if ((role == KycRole.COMPLIANCE || last) && !state.suitability().professionalInvestor()) {
            blockers.add("suitability failed: " + String.join("; ",
                    state.suitability().failures().stream().map(f -> f.detail()).toList()));
        }
        if (role == KycRole.AML || last) {
            for (SubjectHit hit : state.unresolvedBlockingHits()) {
                blockers.add("unresolved blocking hit " + hit.key() + " (score " + String.format(Locale.ROOT, "%.3f", hit.hit().score()) + ")");
            }
            for (SubjectHit hit : state.confirmedMatches()) {
                blockers.add("confirmed match " + hit.key());
            }
        }
        BigDecimal limit = limitGranted(state, c);
        if (last && limit == null) {
            blockers.add("no notional limit was granted");
        }
        if (!blockers.isEmpty()) {
            return Decision.reject(RejectionCode.APPROVAL_BLOCKED, "approval is blocked: " + String.join("; ", blockers));
        }
        if (!last) {
            return Decision.accept(recorded);
        }
        return Decision.accept(recorded, new KycEvent.CaseApproved(limit, c.by(), c.at()));
    }

    private static BigDecimal limitGranted(KycCase state, ReviewCase c) {
        if (c.notionalLimitCny() != null) {
            return c.notionalLimitCny();
        }
        return state.reviews().stream().map(KycEvent.ReviewRecorded::notionalLimitCny).filter(l -> l != null)
                .reduce((first, second) -> second).orElse(null);
    }

    private Decision seal(KycCase state, SealApproval c) {
        if (state.status() != KycStatus.APPROVED) {
            return wrongState(state, "seal the approval", KycStatus.APPROVED);
        }
        if (c.by().role() != KycRole.SYSTEM) {
            return notPermitted(c, "seal the approval", KycRole.SYSTEM);
        }
        List<FieldError> errors = new ArrayList<>();
        if (!state.approvalRecord().sha256().equals(c.recordSha256())) {
            errors.add(new FieldError("recordSha256", "is not the SHA-256 of this case's approval record"));
        }
        if (blank(c.signature())) {
            errors.add(new FieldError("signature", "is required"));
        }
        if (blank(c.keyId())) {
            errors.add(new FieldError("keyId", "is required"));
        }
        if (!errors.isEmpty()) {
            return Decision.invalid(errors);
        }
        return Decision.accept(new KycEvent.ApprovalSealed(c.recordSha256(), c.signature(), c.keyId(), c.by(), c.at()));
    }

    private Decision rescreen(KycCase state, RecordRescreening c) {
        if (state.status() != KycStatus.MONITORING) {
            return wrongState(state, "record a re-screening", KycStatus.MONITORING);
        }
        if (c.by().role() != KycRole.SYSTEM) {
            return notPermitted(c, "record a re-screening", KycRole.SYSTEM);
        }
        Set<String> known = state.knownFindingKeys();
        List<SubjectHit> newHits = nonNull(c.hits()).stream().filter(h -> !known.contains(h.key())).toList();
        List<NewsHit> newNews = nonNull(c.news()).stream().filter(n -> !known.contains(n.key())).toList();
        if (newHits.isEmpty() && newNews.isEmpty()) {
            return Decision.accept(new KycEvent.RescreeningCleared(c.by(), c.at()));
        }
        return Decision.accept(new KycEvent.MonitoringAlertRaised(newHits, newNews, c.by(), c.at()));
    }

    private Decision close(KycCase state, CloseCase c) {
        if (state.status() == KycStatus.NEW || state.status() == KycStatus.CLOSED) {
            return Decision.reject(RejectionCode.WRONG_STATE, "cannot close the case: it is " + state.status());
        }
        if (c.by().role() != KycRole.SALES && c.by().role() != KycRole.COMPLIANCE) {
            return notPermitted(c, "close the case", KycRole.SALES, KycRole.COMPLIANCE);
        }
        if (blank(c.reason())) {
            return Decision.invalid(List.of(new FieldError("reason", "is required")));
        }
        return Decision.accept(new KycEvent.CaseClosed(c.reason().strip(), c.by(), c.at()),
                new KycEvent.PersonalDataErased(c.by(), c.at()));
    }

    /** The common guard of the client's form commands: a draft, and the client the case is bound to. */
    private static Decision clientInDraft(KycCase state, KycCommand c, String action) {
        if (state.status() != KycStatus.DRAFT) {
            return wrongState(state, action, KycStatus.DRAFT);
        }
        if (c.by().role() != KycRole.CLIENT || !c.by().userId().equals(state.clientUserId())) {
            return Decision.reject(RejectionCode.NOT_PERMITTED, "only the client bound to this case may " + action);
        }
        return null;
    }

    private static Decision wrongState(KycCase state, String action, KycStatus needed) {
        return Decision.reject(RejectionCode.WRONG_STATE,
                "cannot " + action + ": the case is " + state.status() + ", this needs " + needed);
    }

    private static Decision notPermitted(KycCommand c, String action, KycRole... allowed) {
        return Decision.reject(RejectionCode.NOT_PERMITTED,
                c.by().role() + " may not " + action + "; allowed: " + List.of(allowed));
    }

    private static LocalDate today(KycCommand c) {
        return c.at().atZone(ZONE).toLocalDate();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}

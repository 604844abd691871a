package meridian.domain.kyc.caseflow;

import static meridian.domain.kyc.caseflow.Journey.AML;
import static meridian.domain.kyc.caseflow.Journey.CASE_ID;
import static meridian.domain.kyc.caseflow.Journey.CLIENT;
import static meridian.domain.kyc.caseflow.Journey.CODE;
import static meridian.domain.kyc.caseflow.Journey.COMPLIANCE;
import static meridian.domain.kyc.caseflow.Journey.LIMIT;
import static meridian.domain.kyc.caseflow.Journey.RISK;
import static meridian.domain.kyc.caseflow.Journey.SALES;
import static meridian.domain.kyc.caseflow.Journey.SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import meridian.domain.common.FieldError;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.InstitutionProfile;
import meridian.domain.kyc.form.InstitutionType;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.EntryKind;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.ListCategory;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.screening.WatchListCsv;
import meridian.domain.kyc.screening.WatchListEntry;
import org.junit.jupiter.api.Test;

class KycCaseRulesTest {
    private final Journey journey = new Journey();
    private final KycDecider decider = journey.decider;
    private final Map<KycStatus, KycCase> states = journey.states(KycFixtures.completeForm());

    private Decision.Rejected refused(KycCase state, KycCommand command, RejectionCode code) {
        Decision.Rejected rejected = assertInstanceOf(Decision.Rejected.class, decider.decide(state, command));
        assertEquals(code, rejected.code(), rejected.reason());
        return rejected;
    }

    private static Set<String> fields(Decision.Rejected rejected) {
        return rejected.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aForgedCodeIsRefusedAndAnExpiredOneToo() {
        KycCase invited = states.get(KycStatus.INVITED);
        refused(invited, new KycCommand.StartOnboarding("AAAAAAAAAAAAAAAA", CLIENT, journey.now()), RejectionCode.INVALID_CODE);
        refused(invited, new KycCommand.StartOnboarding(CODE, CLIENT, Journey.T0.plus(Duration.ofDays(7))),
                RejectionCode.CODE_EXPIRED);
        refused(invited, new KycCommand.StartOnboarding(CODE, SALES, journey.now()), RejectionCode.NOT_PERMITTED);
    }

    @Test
    void aReissuedCodeReplacesTheOldOne() {
        String fresh = "NEWCODE234567890";
        KycCase reissued = journey.run(states.get(KycStatus.INVITED), new KycCommand.ReissueInvitation(
                OnboardingCode.hash(CASE_ID, fresh), Journey.T0.plus(Duration.ofDays(30)), SALES, journey.now()));
        refused(reissued, new KycCommand.StartOnboarding(CODE, CLIENT, journey.now()), RejectionCode.INVALID_CODE);
        KycCase started = journey.run(reissued, new KycCommand.StartOnboarding(fresh, CLIENT,
                Journey.T0.plus(Duration.ofDays(10))));
        assertEquals(KycStatus.DRAFT, started.status());
        assertEquals(CLIENT.userId(), started.clientUserId());
    }

    @Test
    void theInvitationCodeIsStoredOnlyAsAHash() {
        KycCase invited = states.get(KycStatus.INVITED);
        assertFalse(invited.invitation().codeHash().contains(CODE));
        assertEquals(64, invited.invitation().codeHash().length());
        String generated = OnboardingCode.generate(new java.security.SecureRandom());
        assertEquals(16, generated.length());
        assertTrue(OnboardingCode.matches(CASE_ID, generated, OnboardingCode.hash(CASE_ID, generated)));
        assertFalse(OnboardingCode.matches("other-case", generated, OnboardingCode.hash(CASE_ID, generated)));
    }

    @Test
    void onlyTheBoundClientWorksOnTheDraftAndBadFieldsAreNamed() {
        KycCase afterStart = journey.run(states.get(KycStatus.INVITED), new KycCommand.StartOnboarding(CODE, CLIENT, journey.now()));
        Actor otherClient = new Actor("client.other", KycRole.CLIENT);
        refused(afterStart, new KycCommand.SubmitForm(otherClient, journey.now()), RejectionCode.NOT_PERMITTED);

        InstitutionProfile badCode = new InstitutionProfile("某公司", InstitutionType.CORPORATE, "91350100M000100Y44", null, null,
                null, null);
        Decision.Rejected rejected = refused(afterStart, new KycCommand.SaveDraft(badCode, CLIENT, journey.now()),
                RejectionCode.INVALID_INPUT);
        assertEquals(Set.of("institution.unifiedSocialCreditCode"), fields(rejected));

        Decision.Rejected incomplete = refused(afterStart, new KycCommand.SubmitForm(CLIENT, journey.now()), RejectionCode.INVALID_INPUT);
        assertTrue(fields(incomplete).containsAll(Set.of("institution", "financial", "beneficialOwners", "documents")));
    }

    @Test
    void aSecondSubmissionIsRefusedNamingTheState() {
        Decision.Rejected rejected = refused(states.get(KycStatus.SCREENING), new KycCommand.SubmitForm(CLIENT, journey.now()),
                RejectionCode.WRONG_STATE);
        assertEquals("cannot submit the form: the case is SCREENING, this needs DRAFT", rejected.reason());
    }

    @Test
    void oversizedAndWrongTypeUploadsAreRefusedAs413And415() {
        KycCase draft = states.get(KycStatus.DRAFT);
        DocumentRef huge = new DocumentRef(DocumentType.FINANCIAL_STATEMENTS, "big.pdf", "application/pdf", 50L * 1024 * 1024,
                "a".repeat(64));
        assertEquals(413, refused(draft, new KycCommand.AttachDocument(huge, CLIENT, journey.now()),
                RejectionCode.DOCUMENT_TOO_LARGE).code().httpStatus());
        DocumentRef exe = new DocumentRef(DocumentType.BUSINESS_LICENCE, "licence.exe", "application/x-msdownload", 1000,
                "b".repeat(64));
        assertEquals(415, refused(draft, new KycCommand.AttachDocument(exe, CLIENT, journey.now()),
                RejectionCode.UNSUPPORTED_DOCUMENT).code().httpStatus());
        refused(draft, new KycCommand.AttachDocument(draft.form().documents().get(0), CLIENT, journey.now()),
                RejectionCode.INVALID_INPUT);
    }

    @Test
    void reviewersActInTurnAndEachPersonOnce() {
        KycCase review = states.get(KycStatus.IN_REVIEW);
        assertEquals(KycRole.COMPLIANCE, review.nextReviewer().orElseThrow());
        Decision.Rejected outOfTurn = refused(review, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", LIMIT, RISK,
                journey.now()), RejectionCode.OUT_OF_TURN);
        assertTrue(outOfTurn.reason().contains("awaits the COMPLIANCE review"));
        refused(review, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, CLIENT, journey.now()),
                RejectionCode.NOT_PERMITTED);

        KycCase afterCompliance = journey.run(review, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE,
                journey.now()));
        Actor sameUserAsRisk = new Actor(COMPLIANCE.userId(), KycRole.RISK);
        refused(afterCompliance, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", LIMIT, sameUserAsRisk, journey.now()),
                RejectionCode.NOT_PERMITTED);
        Decision.Rejected noLimit = refused(afterCompliance, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, RISK,
                journey.now()), RejectionCode.INVALID_INPUT);
        assertEquals(Set.of("notionalLimitCny"), fields(noLimit));
        refused(afterCompliance, new KycCommand.ReviewCase(ReviewDecision.REJECT, " ", null, RISK, journey.now()),
                RejectionCode.INVALID_INPUT);
    }

    @Test
    void approvalWaitsForEveryReviewerAndCarriesTheLimit() {
        KycCase approved = states.get(KycStatus.APPROVED);
        assertEquals(LIMIT, approved.notionalLimitCny());
        assertEquals(3, approved.reviews().size());
        assertFalse(approved.isEligibleCounterparty());
        KycCase sealed = states.get(KycStatus.MONITORING);
        assertTrue(sealed.isEligibleCounterparty());
        assertEquals(approved.approvalRecord().sha256(), sealed.seal().recordSha256());
    }

    @Test
    void aSealOverAnotherRecordIsRefused() {
        Decision.Rejected rejected = refused(states.get(KycStatus.APPROVED),
                new KycCommand.SealApproval("f".repeat(64), "sig", "k1", SYSTEM, journey.now()), RejectionCode.INVALID_INPUT);
        assertEquals(Set.of("recordSha256"), fields(rejected));
        refused(states.get(KycStatus.APPROVED), new KycCommand.SealApproval(
                states.get(KycStatus.APPROVED).approvalRecord().sha256(), "sig", "k1", COMPLIANCE, journey.now()),
                RejectionCode.NOT_PERMITTED);
    }

    /** An owner whose name is on the demo sanctions list: the hit blocks approval until AML resolves it. */
    private Map<KycStatus, KycCase> sanctionedOwnerCase() {
        List<BeneficialOwner> owners = List.of(
                new BeneficialOwner("趙德昆", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("60"), 1, false));
        return journey.untilReview(KycFixtures.completeForm().with(new BeneficialOwners(owners)));
    }

    @Test
    void approvalIsBlockedByAnUnresolvedBlockingHit() {
        Journey j = new Journey();
        KycCase review = j.states(KycFixtures.completeForm()).get(KycStatus.SCREENING);
        OnboardingForm withSanctioned = review.form().with(new BeneficialOwners(List.of(
                new BeneficialOwner("趙德昆", "CN", KycFixtures.OWNER_1_ID, new BigDecimal("60"), 1, false))));
        KycCommand.RecordScreening screening = j.assessor.assess(withSanctioned, List.of(), SYSTEM, j.now());
        SubjectHit hit = screening.hits().get(0);
        assertEquals(HitLevel.BLOCK, hit.level());
        assertEquals("DEMO-S-0003", hit.hit().entry().id());
        KycCase s = j.run(review, screening);
        s = j.run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE, j.now()));
        s = j.run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", LIMIT, RISK, j.now()));

        Decision.Rejected blocked = refused(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, AML, j.now()),
                RejectionCode.APPROVAL_BLOCKED);
        assertTrue(blocked.reason().contains("unresolved blocking hit DEMO/DEMO-S-0003@趙德昆"), blocked.reason());
        refused(s, new KycCommand.ResolveHit(hit.key(), HitResolution.FALSE_POSITIVE, "other person", COMPLIANCE, j.now()),
                RejectionCode.NOT_PERMITTED);

        KycCase trueMatch = j.run(s, new KycCommand.ResolveHit(hit.key(), HitResolution.TRUE_MATCH, "same ID", AML, j.now()));
        assertTrue(refused(trueMatch, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, AML, j.now()),
                RejectionCode.APPROVAL_BLOCKED).reason().contains("confirmed match"));
        KycCase rejected = j.run(trueMatch, new KycCommand.ReviewCase(ReviewDecision.REJECT, "sanctioned owner", null, AML, j.now()));
        assertEquals(KycStatus.REJECTED, rejected.status());

        KycCase cleared = j.run(s, new KycCommand.ResolveHit(hit.key(), HitResolution.FALSE_POSITIVE, "different birth date", AML,
                j.now()));
        refused(cleared, new KycCommand.ResolveHit(hit.key(), HitResolution.TRUE_MATCH, "again", AML, j.now()),
                RejectionCode.INVALID_INPUT);
        assertEquals(KycStatus.APPROVED, j.run(cleared, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "cleared", null, AML,
                j.now())).status());
    }

    @Test
    void aClientFailingSuitabilityCannotBeApprovedAndIsToldWhy() {
        Journey j = new Journey();
        KycCase review = j.untilReview(KycFixtures.completeForm().with(KycFixtures.financial("30000000", "30000000", 5)))
                .get(KycStatus.IN_REVIEW);
        assertFalse(review.suitability().professionalInvestor());
        Decision.Rejected blocked = refused(review, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE,
                j.now()), RejectionCode.APPROVAL_BLOCKED);
        assertTrue(blocked.reason().contains("suitability failed: net assets of 30,000,000 CNY are below the minimum of"),
                blocked.reason());
    }

    @Test
    void aReturnedCaseGoesBackToTheClientAndIsScreenedAgainOnResubmission() {
        Journey j = new Journey();
        KycCase review = j.states(KycFixtures.completeForm()).get(KycStatus.IN_REVIEW);
        KycCase afterCompliance = j.run(review, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE, j.now()));
        KycCase returned = j.run(afterCompliance, new KycCommand.ReviewCase(ReviewDecision.RETURN, "add 2025 statements", null,
                RISK, j.now()));
        assertEquals(KycStatus.DRAFT, returned.status());
        KycCase edited = j.run(returned, new KycCommand.AttachDocument(Journey.extraDocument(), CLIENT, j.now()));
        KycCase resubmitted = j.run(edited, new KycCommand.SubmitForm(CLIENT, j.now()));
        KycCase rescreened = j.run(resubmitted, j.assessor.assess(resubmitted.form(), List.of(), SYSTEM, j.now()));
        assertEquals(KycStatus.IN_REVIEW, rescreened.status());
        assertEquals(KycRole.COMPLIANCE, rescreened.nextReviewer().orElseThrow());
        assertEquals(4, rescreened.form().documents().size());
    }

    @Test
    void theReviewSequenceIsConfigurable() {
        Journey j = new Journey();
        KycCommand.InviteProspect standard = (KycCommand.InviteProspect) j.invite();
        KycCommand.InviteProspect twoReviewers = new KycCommand.InviteProspect(standard.caseId(), standard.institutionName(),
                standard.unifiedSocialCreditCode(), standard.contact(), standard.codeHash(), standard.expiresAt(),
                List.of(KycRole.AML, KycRole.COMPLIANCE), SALES, standard.at());
        KycCase s = j.run(KycCase.EMPTY, twoReviewers);
        s = j.run(s, new KycCommand.StartOnboarding(CODE, CLIENT, j.now()));
        for (var section : Journey.sections(KycFixtures.completeForm())) {
            s = j.run(s, new KycCommand.SaveDraft(section, CLIENT, j.now()));
        }
        for (DocumentRef d : KycFixtures.documents()) {
            s = j.run(s, new KycCommand.AttachDocument(d, CLIENT, j.now()));
        }
        s = j.run(s, new KycCommand.SubmitForm(CLIENT, j.now()));
        s = j.run(s, j.assessor.assess(s.form(), List.of(), SYSTEM, j.now()));
        refused(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", LIMIT, RISK, j.now()), RejectionCode.NOT_PERMITTED);
        s = j.run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, AML, j.now()));
        s = j.run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", new BigDecimal("1000000"), COMPLIANCE, j.now()));
        assertEquals(KycStatus.APPROVED, s.status());
        assertEquals(new BigDecimal("1000000"), s.notionalLimitCny());

        Decision.Rejected badSequence = refused(KycCase.EMPTY, new KycCommand.InviteProspect(CASE_ID, "x", "bad", null, "", null,
                List.of(KycRole.CLIENT), SALES, j.now()), RejectionCode.INVALID_INPUT);
        assertEquals(Set.of("unifiedSocialCreditCode", "contact.name", "contact", "codeHash", "expiresAt", "reviewSequence"),
                fields(badSequence));
    }

    @Test
    void monitoringSendsTheCaseBackToReviewOnlyForNewFindings() {
        KycCase monitored = states.get(KycStatus.MONITORING);
        KycCommand.RecordRescreening unchanged = journey.assessor.rescreen(monitored.form(), List.of(), SYSTEM, journey.now());
        KycCase cleared = journey.run(monitored, unchanged);
        assertEquals(KycStatus.MONITORING, cleared.status());

        NewsItem story = new NewsItem("news-77", "明远精密制造被列为失信被执行人", "", LocalDate.of(2026, 5, 1), "demo-wire");
        KycCommand.RecordRescreening withNews = journey.assessor.rescreen(monitored.form(), List.of(story), SYSTEM, journey.now());
        Decision.Accepted alert = assertInstanceOf(Decision.Accepted.class, decider.decide(monitored, withNews));
        KycEvent.MonitoringAlertRaised raised = assertInstanceOf(KycEvent.MonitoringAlertRaised.class, alert.events().get(0));
        assertEquals("news-77", raised.newNews().get(0).item().id());
        KycCase backInReview = decider.applyAll(monitored, alert.events());
        assertEquals(KycStatus.IN_REVIEW, backInReview.status());
        assertFalse(backInReview.isEligibleCounterparty());
        assertEquals(KycRole.COMPLIANCE, backInReview.nextReviewer().orElseThrow());

        // the same story again after re-approval is known: no second alert
        KycCase approvedAgain = journey.approveAll(backInReview);
        KycCase reapproved = journey.run(approvedAgain, journey.seal(approvedAgain));
        KycCommand.RecordRescreening again = journey.assessor.rescreen(monitored.form(), List.of(story), SYSTEM, journey.now());
        assertInstanceOf(KycEvent.RescreeningCleared.class,
                assertInstanceOf(Decision.Accepted.class, decider.decide(reapproved, again)).events().get(0));

        WatchListEntry listed = new WatchListEntry("NEW-1", "DEMO", ListCategory.SANCTIONS, EntryKind.PERSON, "林晓梅", List.of(),
                "CN", "DEMO-NEW", LocalDate.of(2026, 6, 1));
        List<WatchListEntry> updated = new java.util.ArrayList<>(WatchListCsv.demo());
        updated.add(listed);
        KycAssessor withNewList = KycAssessor.standard(NameScreener.of(updated));
        Decision.Accepted listAlert = assertInstanceOf(Decision.Accepted.class, decider.decide(monitored,
                withNewList.rescreen(monitored.form(), List.of(), SYSTEM, journey.now())));
        KycEvent.MonitoringAlertRaised hitAlert = assertInstanceOf(KycEvent.MonitoringAlertRaised.class, listAlert.events().get(0));
        assertEquals("NEW-1", hitAlert.newHits().get(0).hit().entry().id());
    }

    @Test
    void closingErasesPersonalDataAndEndsTheCase() {
        KycCase monitored = states.get(KycStatus.MONITORING);
        refused(monitored, new KycCommand.CloseCase("leaving", CLIENT, journey.now()), RejectionCode.NOT_PERMITTED);
        Decision.Accepted accepted = assertInstanceOf(Decision.Accepted.class,
                decider.decide(monitored, new KycCommand.CloseCase("client left", SALES, journey.now())));
        assertEquals(List.of(KycEvent.CaseClosed.class, KycEvent.PersonalDataErased.class),
                accepted.events().stream().map(Object::getClass).toList());
        KycCase closed = states.get(KycStatus.CLOSED);
        assertTrue(closed.personalDataErased());
        assertNull(closed.form().beneficialOwners().get(0).idNumber());
        assertNull(closed.form().authorisedTraders().get(0).phone());
        assertNull(closed.invitation().contact().phone());
        assertEquals("陈立新", closed.form().beneficialOwners().get(0).name());
        assertFalse(closed.isEligibleCounterparty());
        refused(closed, new KycCommand.CloseCase("again", SALES, journey.now()), RejectionCode.WRONG_STATE);
    }

    @Test
    void sanctionedOwnerCasesAreRatedHigh() {
        KycCase review = sanctionedOwnerCase().get(KycStatus.IN_REVIEW);
        assertEquals(meridian.domain.kyc.aml.AmlRiskLevel.HIGH, review.rating().level());
        assertEquals(List.of("a blocking sanctions-list hit"), review.rating().overrides());
    }
}

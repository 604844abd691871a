package meridian.write.kyc;

import static meridian.write.kyc.KycCases.AML;
import static meridian.write.kyc.KycCases.CLIENT;
import static meridian.write.kyc.KycCases.COMPLIANCE;
import static meridian.write.kyc.KycCases.LIMIT;
import static meridian.write.kyc.KycCases.RISK;
import static meridian.write.kyc.KycCases.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import meridian.domain.kyc.caseflow.HitResolution;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.RejectionCode;
import meridian.domain.kyc.caseflow.ReviewDecision;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.privacy.PersonalDataCipher;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.SubjectHit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KYC case entity through Pekko's test kit: every command, event and state is serialized and read back on each
 * step (the kit's default), so these tests also prove that the case survives CBOR.
 */
class KycCaseEntityTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final AtomicInteger CASES = new AtomicInteger();

    @TempDir
    Path dir;
    private KycCaseEntity.Services services;
    private String caseId;
    private String entityId;
    private EventSourcedBehaviorTestKit<KycCaseEntity.Command, KycEvent, KycCase> kit;

    @BeforeEach
    void setUp() {
        services = KycCases.services(dir);
        caseId = "KYC-" + CASES.incrementAndGet();
        entityId = KycCaseEntity.entityId("galaxy", caseId);
        kit = EventSourcedBehaviorTestKit.create(TEST_KIT.system(), KycCaseEntity.create(entityId, services));
    }

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    private EventSourcedBehaviorTestKit.CommandResultWithReply<KycCaseEntity.Command, KycEvent, KycCase, KycReply> run(
            KycCommand command) {
        return kit.runCommand(reply -> new KycCaseEntity.Execute(command, reply));
    }

    private KycCase accept(KycCommand command) {
        var result = run(command);
        KycReply.Accepted accepted = assertInstanceOf(KycReply.Accepted.class, result.reply(), () -> result.reply().toString());
        assertFalse(result.events().isEmpty());
        return accepted.state();
    }

    private KycReply.Rejected reject(KycCommand command, RejectionCode code) {
        var result = run(command);
        KycReply.Rejected rejected = assertInstanceOf(KycReply.Rejected.class, result.reply(), () -> result.reply().toString());
        assertEquals(code, rejected.code(), rejected.reason());
        assertTrue(result.hasNoEvents(), "a refused command persists nothing");
        return rejected;
    }

    private KycCase submit(String legalRepresentative) {
        KycCase state = null;
        for (KycCommand command : KycCases.untilSubmitted(caseId, legalRepresentative)) {
            state = accept(command);
        }
        awaitScreened();
        return state;
    }

    /** Screening runs asynchronously after FormSubmitted: the next command must not race its ScreeningCompleted. */
    private void awaitScreened() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (kit.getState().status() == KycStatus.SCREENING) {
            assertTrue(System.nanoTime() < deadline, "screening never completed");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void submittingScreensTheFormAutomaticallyAndTheLastApprovalIsSealed() {
        KycCase submitted = submit("陈立新");
        assertEquals(KycStatus.SCREENING, submitted.status(), "the reply comes once FormSubmitted is stored");

        KycCase screened = kit.getState();
        assertEquals(KycStatus.IN_REVIEW, screened.status());
        assertTrue(screened.hits().isEmpty(), screened.hits().toString());
        assertTrue(screened.suitability().professionalInvestor());
        assertEquals(COMPLIANCE.role(), screened.nextReviewer().orElseThrow());

        accept(KycCases.approve(COMPLIANCE, null, 70));
        accept(KycCases.approve(RISK, LIMIT, 71));
        var last = run(KycCases.approve(AML, null, 72));
        assertEquals(KycStatus.APPROVED, assertInstanceOf(KycReply.Accepted.class, last.reply()).state().status());
        assertTrue(last.events().stream().anyMatch(e -> e instanceof KycEvent.CaseApproved));

        KycCase sealed = kit.getState();
        assertEquals(KycStatus.MONITORING, sealed.status());
        assertTrue(sealed.isEligibleCounterparty());
        assertEquals(LIMIT, sealed.notionalLimitCny());
        assertEquals(sealed.approvalRecord().sha256(), sealed.seal().recordSha256());
        assertEquals(services.sealer().keyId(), sealed.seal().keyId());
        assertTrue(services.sealer().verify(sealed.approvalRecord().canonicalBytes(), sealed.seal().signature()));
        assertFalse(services.sealer().verify("another record".getBytes(), sealed.seal().signature()));
        assertEquals(KycCases.CLOCK.instant(), sealed.seal().at());
    }

    @Test
    void personalValuesAreStoredEncryptedAndReadBackAfterARestart() {
        List<KycCommand> commands = KycCases.untilSubmitted(caseId, "陈立新");
        var invited = run(commands.get(0));
        KycEvent.ProspectInvited storedInvite = (KycEvent.ProspectInvited) invited.event();
        assertTrue(PersonalDataCipher.isEncrypted(storedInvite.contact().phone()));
        assertTrue(PersonalDataCipher.isEncrypted(storedInvite.contact().email()));
        accept(commands.get(1));
        var owners = run(new KycCommand.SaveDraft(KycCases.sections("陈立新").get(2), CLIENT, at(3)));
        String storedId = ((BeneficialOwners) ((KycEvent.DraftSaved) owners.event()).section()).owners().get(0).idNumber();
        assertTrue(PersonalDataCipher.isEncrypted(storedId), storedId);
        assertEquals(KycCases.OWNER_ID, owners.state().form().beneficialOwners().get(0).idNumber(), "the state holds the value");

        var restarted = kit.restart();
        assertEquals(KycCases.OWNER_ID, restarted.state().form().beneficialOwners().get(0).idNumber());
        assertEquals("13900001111", restarted.state().invitation().contact().phone());
    }

    @Test
    void closingDestroysTheCaseKeySoAReplayNoLongerSeesThePersonalData() {
        submit("陈立新");
        assertTrue(services.keys().find(entityId).isPresent());
        var closed = run(new KycCommand.CloseCase("client left", KycCases.SALES, at(80)));
        assertEquals(List.of(KycEvent.CaseClosed.class, KycEvent.PersonalDataErased.class),
                closed.events().stream().map(Object::getClass).toList());
        assertTrue(services.keys().find(entityId).isEmpty(), "the key is gone");

        var restarted = kit.restart();
        KycCase replayed = restarted.state();
        assertEquals(KycStatus.CLOSED, replayed.status());
        assertTrue(replayed.personalDataErased());
        assertNull(replayed.form().beneficialOwners().get(0).idNumber());
        assertNull(replayed.form().authorisedTraders().get(0).phone());
        assertNull(replayed.invitation().contact().phone());
        assertEquals("陈立新", replayed.form().beneficialOwners().get(0).name(), "names are not erased");
    }

    @Test
    void aForgedOrExpiredCodeIsRefused() {
        accept(KycCases.invite(caseId));
        KycReply.Rejected forged = reject(new KycCommand.StartOnboarding("AAAAAAAAAAAAAAAA", CLIENT, at(2)),
                RejectionCode.INVALID_CODE);
        assertEquals(KycStatus.INVITED, forged.status());
        reject(new KycCommand.StartOnboarding(KycCases.CODE, CLIENT, KycCases.T0.plus(java.time.Duration.ofDays(8))),
                RejectionCode.CODE_EXPIRED);
        assertEquals(KycStatus.INVITED, kit.getState().status());
    }

    @Test
    void aSecondSubmissionIsRefusedNamingTheState() {
        submit("陈立新");
        KycReply.Rejected again = reject(new KycCommand.SubmitForm(CLIENT, at(60)), RejectionCode.WRONG_STATE);
        assertTrue(again.reason().contains("IN_REVIEW"), again.reason());
        assertEquals(KycStatus.IN_REVIEW, again.status());
    }

    @Test
    void reviewingOutOfTurnIsRefused() {
        submit("陈立新");
        KycReply.Rejected early = reject(KycCases.approve(AML, null, 70), RejectionCode.OUT_OF_TURN);
        assertTrue(early.reason().contains("COMPLIANCE"), early.reason());
    }

    @Test
    void aBlockingHitStopsApprovalUntilAmlResolvesIt() {
        submit(KycCases.LISTED_NAME);
        KycCase screened = kit.getState();
        SubjectHit hit = screened.hits().stream().filter(h -> h.level() == HitLevel.BLOCK).findFirst().orElseThrow();
        assertEquals("DEMO-S-0003", hit.hit().entry().id());
        accept(KycCases.approve(COMPLIANCE, null, 70));
        accept(KycCases.approve(RISK, LIMIT, 71));
        KycReply.Rejected blocked = reject(KycCases.approve(AML, null, 72), RejectionCode.APPROVAL_BLOCKED);
        assertTrue(blocked.reason().contains(hit.key()), blocked.reason());

        accept(new KycCommand.ResolveHit(hit.key(), HitResolution.FALSE_POSITIVE, "other person: different birth date", AML, at(73)));
        accept(KycCases.approve(AML, null, 74));
        assertEquals(KycStatus.MONITORING, kit.getState().status());
    }

    @Test
    void uploadsOverTheLimitOrOfAnotherTypeAreRefusedWithTheirCodes() {
        List<KycCommand> commands = KycCases.untilSubmitted(caseId, "陈立新");
        accept(commands.get(0));
        accept(commands.get(1));
        reject(new KycCommand.AttachDocument(new DocumentRef(DocumentType.BUSINESS_LICENCE, "big.pdf", "application/pdf",
                11L * 1024 * 1024, "d".repeat(64)), CLIENT, at(3)), RejectionCode.DOCUMENT_TOO_LARGE);
        reject(new KycCommand.AttachDocument(new DocumentRef(DocumentType.BUSINESS_LICENCE, "run.exe",
                "application/x-msdownload", 1000, "e".repeat(64)), CLIENT, at(3)), RejectionCode.UNSUPPORTED_DOCUMENT);
    }

    @Test
    void aReturnedCaseGoesBackToTheClientAndIsScreenedAgainOnResubmission() {
        submit("陈立新");
        var returned = run(new KycCommand.ReviewCase(ReviewDecision.RETURN, "licence scan unreadable", null, COMPLIANCE, at(70)));
        assertEquals(KycStatus.DRAFT, assertInstanceOf(KycReply.Accepted.class, returned.reply()).state().status());
        accept(new KycCommand.SubmitForm(CLIENT, at(71)));
        awaitScreened();
        assertEquals(KycStatus.IN_REVIEW, kit.getState().status());
    }

    @Test
    void anEntityRecoveredInScreeningScreensThen() {
        List<KycCommand> commands = KycCases.untilSubmitted(caseId, "陈立新");
        // Persist the journey up to the submission without the entity running: what a crash after FormSubmitted leaves.
        var offline = EventSourcedBehaviorTestKit.<KycCaseEntity.Command, KycEvent, KycCase>create(TEST_KIT.system(),
                KycCaseEntity.create(entityId, new KycCaseEntity.Services(services.decider(),
                        new KycScreening(null, List::of) /* fails: no assessor */, services.sealer(), services.keys(),
                        services.clock(), services.random())));
        for (KycCommand command : commands) {
            offline.<KycReply>runCommand(reply -> new KycCaseEntity.Execute(command, reply));
        }
        assertEquals(KycStatus.SCREENING, offline.getState().status(), "screening failed and waits for its retry");

        kit.restart();
        awaitScreened();
        assertEquals(KycStatus.IN_REVIEW, kit.getState().status());
    }
}

package meridian.write.kyc;

import static meridian.write.kyc.KycCases.AML;
import static meridian.write.kyc.KycCases.CLIENT;
import static meridian.write.kyc.KycCases.COMPLIANCE;
import static meridian.write.kyc.KycCases.LIMIT;
import static meridian.write.kyc.KycCases.RISK;
import static meridian.write.kyc.KycCases.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.HitResolution;
import meridian.domain.kyc.caseflow.KycAssessor;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.OnboardingCode;
import meridian.domain.kyc.caseflow.RejectionCode;
import meridian.domain.kyc.caseflow.ReviewDecision;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.Purpose;
import meridian.domain.kyc.form.PurposeSection;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.WatchListCsv;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command in every state, through the entity: accepted (and persisted) exactly where the lifecycle allows it,
 * otherwise refused with WRONG_STATE, the state's name in the reason, and nothing persisted. SCREENING and APPROVED are
 * passing states for the entity (it screens and seals by itself), so they are held with a failing screener or a key
 * that cannot sign.
 */
class KycCaseTransitionsTest {

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    @TempDir
    static Path dir;
    private static KycCaseEntity.Services SERVICES;
    private static final KycAssessor ASSESSOR = KycAssessor.standard(NameScreener.of(WatchListCsv.demo()));
    private static final Instant LATER = KycCases.at(100);

    private record Kind(String name, Set<KycStatus> allowed, BiFunction<String, KycCase, KycCommand> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("InviteProspect", EnumSet.of(KycStatus.NEW), (id, s) -> KycCases.invite(id)),
            new Kind("ReissueInvitation", EnumSet.of(KycStatus.INVITED), (id, s) -> new KycCommand.ReissueInvitation(
                    OnboardingCode.hash(id, "NEWCODE234567890"), LATER.plusSeconds(86_400), SALES, LATER)),
            new Kind("StartOnboarding", EnumSet.of(KycStatus.INVITED),
                    (id, s) -> new KycCommand.StartOnboarding(KycCases.CODE, CLIENT, LATER)),
            new Kind("SaveDraft", EnumSet.of(KycStatus.DRAFT),
                    (id, s) -> new KycCommand.SaveDraft(new PurposeSection(Purpose.INVESTMENT, null), CLIENT, LATER)),
            new Kind("AttachDocument", EnumSet.of(KycStatus.DRAFT), (id, s) -> new KycCommand.AttachDocument(
                    KycCases.document(DocumentType.FINANCIAL_STATEMENTS, 'f'), CLIENT, LATER)),
            new Kind("RemoveDocument", EnumSet.of(KycStatus.DRAFT),
                    (id, s) -> new KycCommand.RemoveDocument("a".repeat(64), CLIENT, LATER)),
            new Kind("SubmitForm", EnumSet.of(KycStatus.DRAFT), (id, s) -> new KycCommand.SubmitForm(CLIENT, LATER)),
            new Kind("RecordScreening", EnumSet.of(KycStatus.SCREENING),
                    (id, s) -> ASSESSOR.assess(KycCases.completeForm(), List.of(), Actor.system(), LATER)),
            new Kind("ResolveHit", EnumSet.noneOf(KycStatus.class),
                    (id, s) -> new KycCommand.ResolveHit("none", HitResolution.FALSE_POSITIVE, "x", AML, LATER)),
            new Kind("ReviewCase", EnumSet.of(KycStatus.IN_REVIEW),
                    (id, s) -> new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE, LATER)),
            new Kind("SealApproval", EnumSet.of(KycStatus.APPROVED), (id, s) -> new KycCommand.SealApproval(
                    s.status() == KycStatus.APPROVED ? s.approvalRecord().sha256() : "0".repeat(64), "c2ln", "k1",
                    Actor.system(), LATER)),
            new Kind("RecordRescreening", EnumSet.of(KycStatus.MONITORING),
                    (id, s) -> ASSESSOR.rescreen(KycCases.completeForm(), List.of(), Actor.system(), LATER)),
            new Kind("CloseCase", EnumSet.complementOf(EnumSet.of(KycStatus.NEW, KycStatus.CLOSED)),
                    (id, s) -> new KycCommand.CloseCase("client left", SALES, LATER)));

    static Stream<Arguments> everyCommandInEveryState() {
        return KINDS.stream().flatMap(kind -> EnumSet.allOf(KycStatus.class).stream().map(status -> Arguments.of(kind, status)));
    }

    @BeforeAll
    static void setUp() {
        SERVICES = KycCases.services(dir);
    }

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCommandInEveryState")
    void commandsAreAcceptedExactlyInTheirStates(Kind kind, KycStatus status) {
        String caseId = "KYC-T" + CASES.incrementAndGet();
        var kit = caseIn(status, caseId);
        KycCase before = kit.getState();
        assertEquals(status, before.status());

        KycCommand command = kind.make().apply(caseId, before);
        var result = kit.<KycReply>runCommand(reply -> new KycCaseEntity.Execute(command, reply));
        if (kind.allowed().contains(status)) {
            assertInstanceOf(KycReply.Accepted.class, result.reply(), () -> result.reply().toString());
            assertFalse(result.events().isEmpty());
        } else if (kind.name().equals("ResolveHit") && status == KycStatus.IN_REVIEW) {
            KycReply.Rejected rejected = assertInstanceOf(KycReply.Rejected.class, result.reply());
            assertEquals(RejectionCode.NOT_FOUND, rejected.code(), "the state allows it; the hit does not exist");
            assertTrue(result.hasNoEvents());
        } else {
            KycReply.Rejected rejected = assertInstanceOf(KycReply.Rejected.class, result.reply(), () -> result.reply().toString());
            assertEquals(RejectionCode.WRONG_STATE, rejected.code(), rejected.reason());
            assertTrue(rejected.reason().contains(status.name()), rejected.reason());
            assertEquals(status, rejected.status());
            assertTrue(result.hasNoEvents(), "a refused command persists nothing");
            assertEquals(before, kit.getState());
        }
    }

    private static EventSourcedBehaviorTestKit<KycCaseEntity.Command, KycEvent, KycCase> caseIn(KycStatus status, String caseId) {
        KycCaseEntity.Services services = SERVICES;
        if (status == KycStatus.SCREENING) {
            services = new KycCaseEntity.Services(SERVICES.decider(), new KycScreening(null, List::of) /* always fails */,
                    SERVICES.sealer(), SERVICES.keys(), SERVICES.clock(), SERVICES.random());
        } else if (status == KycStatus.APPROVED) {
            services = new KycCaseEntity.Services(SERVICES.decider(), SERVICES.screening(),
                    ApprovalSealer.verifyOnly(SERVICES.sealer().publicKeyPem()) /* cannot sign */, SERVICES.keys(),
                    SERVICES.clock(), SERVICES.random());
        }
        var kit = EventSourcedBehaviorTestKit.<KycCaseEntity.Command, KycEvent, KycCase>create(
                TEST_KIT.system(), KycCaseEntity.create(KycCaseEntity.entityId("galaxy", caseId), services));
        for (KycCommand command : journeyTo(status, caseId)) {
            var result = kit.<KycReply>runCommand(reply -> new KycCaseEntity.Execute(command, reply));
            assertInstanceOf(KycReply.Accepted.class, result.reply(), () -> command + " -> " + result.reply());
        }
        return kit;
    }

    private static List<KycCommand> journeyTo(KycStatus status, String caseId) {
        List<KycCommand> all = KycCases.untilSubmitted(caseId, "陈立新");
        List<KycCommand> steps = new ArrayList<>();
        switch (status) {
            case NEW:
                return steps;
            case INVITED:
                return all.subList(0, 1);
            case DRAFT:
                return all.subList(0, all.size() - 1);
            case SCREENING:
            case IN_REVIEW:
                return all;
            case REJECTED:
                steps.addAll(all);
                steps.add(new KycCommand.ReviewCase(ReviewDecision.REJECT, "not a fit", null, COMPLIANCE, KycCases.at(70)));
                return steps;
            case APPROVED:
            case MONITORING:
                steps.addAll(all);
                steps.add(KycCases.approve(COMPLIANCE, null, 70));
                steps.add(KycCases.approve(RISK, LIMIT, 71));
                steps.add(KycCases.approve(AML, null, 72));
                return steps;
            case CLOSED:
                steps.addAll(journeyTo(KycStatus.MONITORING, caseId));
                steps.add(new KycCommand.CloseCase("client left", SALES, KycCases.at(80)));
                return steps;
            default:
                throw new IllegalArgumentException(status.name());
        }
    }

}

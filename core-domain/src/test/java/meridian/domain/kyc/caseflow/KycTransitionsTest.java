package meridian.domain.kyc.caseflow;

import static meridian.domain.kyc.caseflow.Journey.AML;
import static meridian.domain.kyc.caseflow.Journey.CLIENT;
import static meridian.domain.kyc.caseflow.Journey.CODE;
import static meridian.domain.kyc.caseflow.Journey.COMPLIANCE;
import static meridian.domain.kyc.caseflow.Journey.SALES;
import static meridian.domain.kyc.caseflow.Journey.SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.Purpose;
import meridian.domain.kyc.form.PurposeSection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command in every state: accepted exactly where the lifecycle allows it, otherwise refused with WRONG_STATE and
 * the name of the current state.
 */
class KycTransitionsTest {
    private static final Journey JOURNEY = new Journey();
    private static final Map<KycStatus, KycCase> STATES = JOURNEY.states(KycFixtures.completeForm());

    /** A command that is valid for its happy path, built against the state it is tried in. */
    private record Kind(String name, Set<KycStatus> allowed, BiFunction<KycCase, Instant, KycCommand> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("InviteProspect", EnumSet.of(KycStatus.NEW), (s, at) -> JOURNEY.invite()),
            new Kind("ReissueInvitation", EnumSet.of(KycStatus.INVITED), (s, at) -> new KycCommand.ReissueInvitation(
                    OnboardingCode.hash(Journey.CASE_ID, "NEWCODE234567890"), at.plusSeconds(86_400), SALES, at)),
            new Kind("StartOnboarding", EnumSet.of(KycStatus.INVITED), (s, at) -> new KycCommand.StartOnboarding(CODE, CLIENT, at)),
            new Kind("SaveDraft", EnumSet.of(KycStatus.DRAFT),
                    (s, at) -> new KycCommand.SaveDraft(new PurposeSection(Purpose.INVESTMENT, null), CLIENT, at)),
            new Kind("AttachDocument", EnumSet.of(KycStatus.DRAFT),
                    (s, at) -> new KycCommand.AttachDocument(Journey.extraDocument(), CLIENT, at)),
            new Kind("RemoveDocument", EnumSet.of(KycStatus.DRAFT),
                    (s, at) -> new KycCommand.RemoveDocument(firstDocument(s), CLIENT, at)),
            new Kind("SubmitForm", EnumSet.of(KycStatus.DRAFT), (s, at) -> new KycCommand.SubmitForm(CLIENT, at)),
            new Kind("RecordScreening", EnumSet.of(KycStatus.SCREENING),
                    (s, at) -> JOURNEY.assessor.assess(KycFixtures.completeForm(), List.of(), SYSTEM, at)),
            new Kind("ResolveHit", EnumSet.noneOf(KycStatus.class),
                    (s, at) -> new KycCommand.ResolveHit("none", HitResolution.FALSE_POSITIVE, "x", AML, at)),
            new Kind("ReviewCase", EnumSet.of(KycStatus.IN_REVIEW),
                    (s, at) -> new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE, at)),
            new Kind("SealApproval", EnumSet.of(KycStatus.APPROVED), (s, at) -> new KycCommand.SealApproval(
                    s.status() == KycStatus.APPROVED ? s.approvalRecord().sha256() : "0".repeat(64), "sig", "k1", SYSTEM, at)),
            new Kind("RecordRescreening", EnumSet.of(KycStatus.MONITORING),
                    (s, at) -> JOURNEY.assessor.rescreen(KycFixtures.completeForm(), List.of(), SYSTEM, at)),
            new Kind("CloseCase", EnumSet.complementOf(EnumSet.of(KycStatus.NEW, KycStatus.CLOSED)),
                    (s, at) -> new KycCommand.CloseCase("client left", SALES, at)));

    private static String firstDocument(KycCase s) {
        List<DocumentRef> documents = s.form().documents();
        return documents.isEmpty() ? "0".repeat(64) : documents.get(0).sha256();
    }

    static Stream<Arguments> everyCommandInEveryState() {
        return KINDS.stream().flatMap(kind -> STATES.keySet().stream().map(status -> Arguments.of(kind, status)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyCommandInEveryState")
    void commandsAreAcceptedExactlyInTheirStates(Kind kind, KycStatus status) {
        KycCase state = STATES.get(status);
        Decision decision = JOURNEY.decider.decide(state, kind.make().apply(state, Instant.parse("2026-03-02T06:00:00Z")));
        if (kind.allowed().contains(status)) {
            Decision.Accepted accepted = assertInstanceOf(Decision.Accepted.class, decision, decision::toString);
            assertTrue(!accepted.events().isEmpty());
        } else if (kind.name().equals("ResolveHit") && status == KycStatus.IN_REVIEW) {
            // no such hit: the state allows resolving, the hit id does not exist
            assertEquals(RejectionCode.NOT_FOUND, assertInstanceOf(Decision.Rejected.class, decision).code());
        } else {
            Decision.Rejected rejected = assertInstanceOf(Decision.Rejected.class, decision, decision::toString);
            assertEquals(RejectionCode.WRONG_STATE, rejected.code(), rejected.reason());
            assertTrue(rejected.reason().contains(status.name()), rejected.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifecycle")
    void theHappyPathReachesEachState(KycStatus status, KycStatus expected) {
        assertEquals(expected, STATES.get(status).status());
    }

    static Stream<Arguments> lifecycle() {
        return STATES.keySet().stream().map(s -> Arguments.of(s, s));
    }
}

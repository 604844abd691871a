package meridian.read.kyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.Contact;
import meridian.domain.kyc.caseflow.Decision;
import meridian.domain.kyc.caseflow.HitResolution;
import meridian.domain.kyc.caseflow.KycAssessor;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.caseflow.KycDecider;
import meridian.domain.kyc.caseflow.KycEvent;
import meridian.domain.kyc.caseflow.KycRole;
import meridian.domain.kyc.caseflow.KycStatus;
import meridian.domain.kyc.caseflow.OnboardingCode;
import meridian.domain.kyc.caseflow.ReviewDecision;
import meridian.domain.kyc.form.AuthorisedTrader;
import meridian.domain.kyc.form.AuthorisedTraders;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.FinancialProfile;
import meridian.domain.kyc.form.FormSection;
import meridian.domain.kyc.form.Industry;
import meridian.domain.kyc.form.InstitutionProfile;
import meridian.domain.kyc.form.InstitutionType;
import meridian.domain.kyc.form.Purpose;
import meridian.domain.kyc.form.PurposeSection;
import meridian.domain.kyc.privacy.EventPersonalData;
import meridian.domain.kyc.screening.HitLevel;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.SubjectHit;
import meridian.domain.kyc.screening.WatchListCsv;
import org.junit.jupiter.api.Test;

/** The KYC views as a function of the events: queues, timeline, client list, statistics, masking, idempotence. */
class KycViewUpdateTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Actor SALES = new Actor("sales.li", KycRole.SALES);
    private static final Actor CLIENT = new Actor("client.chen", KycRole.CLIENT);
    private static final Actor COMPLIANCE = new Actor("compliance.wu", KycRole.COMPLIANCE);
    private static final Actor RISK = new Actor("risk.zhou", KycRole.RISK);
    private static final Actor AML = new Actor("aml.sun", KycRole.AML);
    private static final String CODE = "K7PQ2MXR9TBW4HZN";

    private final KycDecider decider = KycDecider.standard();
    private final KycAssessor assessor = KycAssessor.standard(NameScreener.of(WatchListCsv.demo()));
    private KycCase state = KycCase.EMPTY;
    private KycViewUpdate.CaseRow row = KycViewUpdate.CaseRow.empty("galaxy", "KYC-1");
    private final List<KycViewUpdate.Step> steps = new ArrayList<>();
    private long seq;
    private int minute;

    private Instant now() {
        return T0.plus(Duration.ofMinutes(++minute));
    }

    /** Decides, applies and projects one command, as entity and projection do. */
    private List<KycViewUpdate.Step> run(KycCommand command) {
        Decision decision = decider.decide(state, command);
        Decision.Accepted accepted = assertInstanceOf(Decision.Accepted.class, decision, decision::toString);
        List<KycViewUpdate.Step> made = new ArrayList<>();
        for (KycEvent event : accepted.events()) {
            state = state.apply(event);
            KycViewUpdate.Step step = KycViewUpdate.step(row, ++seq, EventPersonalData.masked(event)).orElseThrow();
            row = step.row();
            made.add(step);
        }
        steps.addAll(made);
        return made;
    }

    private KycViewUpdate.Step last(KycCommand command) {
        List<KycViewUpdate.Step> made = run(command);
        return made.get(made.size() - 1);
    }

    private void untilReview(String legalRepresentative) {
        run(new KycCommand.InviteProspect("KYC-1", "福州明远精密制造有限公司", "91350100M000100Y43",
                new Contact("陈立新", "13900001111", "chen@example.com"), OnboardingCode.hash("KYC-1", CODE),
                T0.plus(Duration.ofDays(7)), List.of(), SALES, now()));
        run(new KycCommand.StartOnboarding(CODE, CLIENT, now()));
        List<FormSection> sections = List.of(
                new InstitutionProfile("福州明远精密制造有限公司", InstitutionType.CORPORATE, "91350100M000100Y43", "福州市五四路 100 号",
                        legalRepresentative, new BigDecimal("200000000"), Industry.MANUFACTURING),
                new FinancialProfile(2025, new BigDecimal("80000000"), new BigDecimal("30000000"), 5, List.of("swaps")),
                new BeneficialOwners(List.of(new BeneficialOwner("陈立新", "CN", "11010519491231002X", new BigDecimal("60"), 1, false))),
                new AuthorisedTraders(List.of(new AuthorisedTrader("王海", "110101199003074477", "13812345678", "wh@example.com"))),
                new PurposeSection(Purpose.HEDGING, null));
        for (FormSection section : sections) {
            run(new KycCommand.SaveDraft(section, CLIENT, now()));
        }
        char digit = 'a';
        for (DocumentType type : DocumentType.values()) {
            run(new KycCommand.AttachDocument(new DocumentRef(type, type + ".pdf", "application/pdf", 1000,
                    String.valueOf(digit++).repeat(64)), CLIENT, now()));
        }
        run(new KycCommand.SubmitForm(CLIENT, now()));
        run(assessor.assess(state.form(), List.of(), Actor.system(), now()));
    }

    @Test
    void theCaseMovesThroughTheQueuesOfTheReviewersInTurn() {
        untilReview("陈立新");
        KycViewUpdate.Step screened = steps.get(steps.size() - 1);
        KycViewUpdate.QueueEntry compliance = screened.enqueue().orElseThrow();
        assertEquals(KycRole.COMPLIANCE, compliance.role());
        assertEquals(screened.timeline().at(), compliance.waitingSince());
        assertEquals("福州明远精密制造有限公司", compliance.institutionName());
        assertEquals(Boolean.TRUE, compliance.professionalInvestor());
        assertTrue(screened.unqueue().isEmpty());

        KycViewUpdate.Step byCompliance = last(new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE, now()));
        assertEquals(compliance, byCompliance.unqueue().orElseThrow(), "leaves the COMPLIANCE queue");
        assertEquals(KycRole.RISK, byCompliance.enqueue().orElseThrow().role());
        assertEquals(2, byCompliance.enqueue().get().round());
        last(new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", new BigDecimal("1E8"), RISK, now()));
        List<KycViewUpdate.Step> approval = run(new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, AML, now()));
        assertEquals(KycRole.AML, approval.get(0).unqueue().orElseThrow().role());
        assertTrue(approval.get(approval.size() - 1).enqueue().isEmpty(), "approved: in no queue");
        assertEquals(KycStatus.APPROVED, row.state().status());
        assertNull(row.queueRole());

        KycViewUpdate.StatsRow stats = approval.get(approval.size() - 1).stats();
        assertEquals(KycStatus.APPROVED, stats.status());
        assertEquals(row.firstSubmittedAt(), stats.submittedAt());
        assertEquals(approval.get(0).timeline().at(), stats.approvedAt());
        assertTrue(stats.screened());
    }

    @Test
    void resolvingAHitKeepsTheCaseInPlaceInTheQueueWithItsCountsUpdated() {
        untilReview("赵德昆");
        SubjectHit hit = state.hits().stream().filter(h -> h.level() == HitLevel.BLOCK).findFirst().orElseThrow();
        run(new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", null, COMPLIANCE, now()));
        KycViewUpdate.Step toAml = last(new KycCommand.ReviewCase(ReviewDecision.APPROVE, "ok", new BigDecimal("1E8"), RISK, now()));
        KycViewUpdate.QueueEntry waiting = toAml.enqueue().orElseThrow();
        assertEquals(KycRole.AML, waiting.role());
        assertTrue(waiting.unresolvedBlockingHits() >= 1);

        KycViewUpdate.Step resolved = last(new KycCommand.ResolveHit(hit.key(), HitResolution.FALSE_POSITIVE, "not him", AML, now()));
        assertTrue(resolved.unqueue().isEmpty(), "same place in the queue");
        assertEquals(waiting.waitingSince(), resolved.enqueue().orElseThrow().waitingSince());
        assertEquals(waiting.unresolvedBlockingHits() - 1, resolved.enqueue().get().unresolvedBlockingHits());
        assertEquals(1, resolved.stats().falsePositives());
        assertTrue(resolved.stats().blockHits() >= 1);
        assertTrue(resolved.timeline().summary().contains("FALSE_POSITIVE"), resolved.timeline().summary());
    }

    @Test
    void aReturnedCaseLeavesTheQueueAndTheClientSeesItsStatus() {
        untilReview("陈立新");
        List<KycViewUpdate.Step> steps = run(new KycCommand.ReviewCase(ReviewDecision.RETURN, "licence unreadable", null,
                COMPLIANCE, now()));
        assertEquals(KycRole.COMPLIANCE, steps.get(0).unqueue().orElseThrow().role());
        assertTrue(steps.stream().allMatch(s -> s.enqueue().isEmpty()), "not even for a moment in the RISK queue");
        KycViewUpdate.Step returned = steps.get(1);
        assertTrue(returned.unqueue().isEmpty());
        KycViewUpdate.ClientCase client = returned.client().orElseThrow();
        assertEquals("client.chen", client.clientUserId());
        assertEquals(KycStatus.DRAFT, client.status());
        assertEquals("CaseReturned", returned.timeline().event());
        assertTrue(returned.timeline().summary().contains("licence unreadable"));
    }

    @Test
    void personalValuesAreMaskedAndTheTimelineSaysWhoDidWhatWhen() {
        untilReview("陈立新");
        assertEquals("1101**********002X", row.state().form().beneficialOwners().get(0).idNumber());
        assertEquals("138****5678", row.state().form().authorisedTraders().get(0).phone());
        assertEquals("139****1111", row.state().invitation().contact().phone());
        assertFalse(KycJson.write(row.state()).contains("11010519491231002X"));

        KycViewUpdate.TimelineEntry invited = steps.get(0).timeline();
        assertEquals(1, invited.seq());
        assertEquals("sales.li", invited.userId());
        assertEquals(KycRole.SALES, invited.role());
        assertEquals("ProspectInvited", invited.event());
        assertEquals(T0.plus(Duration.ofMinutes(1)), invited.at());
        KycViewUpdate.TimelineEntry screened = steps.get(steps.size() - 1).timeline();
        assertEquals(KycRole.SYSTEM, screened.role());
        assertTrue(screened.summary().startsWith("screened: 0 watch-list hit(s)"), screened.summary());
        assertTrue(steps.stream().noneMatch(s -> s.timeline().summary().contains("13812345678")));
    }

    @Test
    void anEventSeenBeforeChangesNothing() {
        untilReview("陈立新");
        assertEquals(Optional.empty(), KycViewUpdate.step(row, seq, new KycEvent.FormSubmitted(CLIENT, now())));
        assertEquals(Optional.empty(), KycViewUpdate.step(row, 1, new KycEvent.FormSubmitted(CLIENT, now())));
        assertTrue(KycViewUpdate.step(row, seq + 1, new KycEvent.CaseClosed("left", SALES, now())).isPresent());
    }

    @Test
    void theCaseRowSurvivesItsJsonColumn() {
        untilReview("赵德昆");
        assertEquals(row.state(), KycJson.read(KycJson.write(row.state())));
    }
}

package meridian.domain.kyc.caseflow;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.BeneficialOwners;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.DocumentType;
import meridian.domain.kyc.form.FormSection;
import meridian.domain.kyc.form.OnboardingForm;
import meridian.domain.kyc.news.NegativeNewsScreener;
import meridian.domain.kyc.news.NewsItem;
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.WatchListCsv;

/** Drives a case through its lifecycle with real commands, asserting each step is accepted. */
final class Journey {
    static final String CASE_ID = "kyc-0001";
    static final String CODE = "K7PQ2MXR9TBW4HZN";
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Actor SALES = new Actor("sales.li", KycRole.SALES);
    static final Actor CLIENT = new Actor("client.chen", KycRole.CLIENT);
    static final Actor COMPLIANCE = new Actor("compliance.wu", KycRole.COMPLIANCE);
    static final Actor RISK = new Actor("risk.zhou", KycRole.RISK);
    static final Actor AML = new Actor("aml.sun", KycRole.AML);
    static final Actor SYSTEM = Actor.system();
    static final BigDecimal LIMIT = new BigDecimal("300000000");

    final KycDecider decider = KycDecider.standard();
    final KycAssessor assessor = new KycAssessor(NameScreener.of(WatchListCsv.demo()), NegativeNewsScreener.standard(),
            meridian.domain.kyc.aml.AmlScorecard.standard(), meridian.domain.kyc.suitability.ProfessionalInvestorRule.standard());
    private int minute;

    Instant now() {
        return T0.plus(Duration.ofMinutes(++minute));
    }

    KycCase run(KycCase state, KycCommand command) {
        Decision decision = decider.decide(state, command);
        Decision.Accepted accepted = assertInstanceOf(Decision.Accepted.class, decision, () -> decision.toString());
        return decider.applyAll(state, accepted.events());
    }

    KycCommand invite() {
        return new KycCommand.InviteProspect(CASE_ID, "福州明远精密制造有限公司", KycFixtures.CREDIT_CODE,
                new Contact("陈立新", "13900001111", "chen@example.com"), OnboardingCode.hash(CASE_ID, CODE),
                T0.plus(OnboardingCode.DEFAULT_VALIDITY), List.of(), SALES, now());
    }

    /** Every state of the lifecycle, reached through the decider with {@code form} as the client's form. */
    Map<KycStatus, KycCase> states(OnboardingForm form) {
        Map<KycStatus, KycCase> states = untilReview(form);
        KycCase s = states.get(KycStatus.IN_REVIEW);
        states.put(KycStatus.REJECTED, run(s, new KycCommand.ReviewCase(ReviewDecision.REJECT, "not a fit", null, COMPLIANCE, now())));
        s = approveAll(s);
        states.put(KycStatus.APPROVED, s);
        s = run(s, seal(s));
        states.put(KycStatus.MONITORING, s);
        states.put(KycStatus.CLOSED, run(s, new KycCommand.CloseCase("client left", SALES, now())));
        return states;
    }

    /** The states from NEW to IN_REVIEW, for forms that cannot (yet) be approved. */
    Map<KycStatus, KycCase> untilReview(OnboardingForm form) {
        Map<KycStatus, KycCase> states = new EnumMap<>(KycStatus.class);
        KycCase s = KycCase.EMPTY;
        states.put(KycStatus.NEW, s);
        s = run(s, invite());
        states.put(KycStatus.INVITED, s);
        s = run(s, new KycCommand.StartOnboarding(CODE, CLIENT, now()));
        for (FormSection section : sections(form)) {
            s = run(s, new KycCommand.SaveDraft(section, CLIENT, now()));
        }
        for (DocumentRef document : form.documents()) {
            s = run(s, new KycCommand.AttachDocument(document, CLIENT, now()));
        }
        states.put(KycStatus.DRAFT, s);
        s = run(s, new KycCommand.SubmitForm(CLIENT, now()));
        states.put(KycStatus.SCREENING, s);
        s = run(s, assessor.assess(s.form(), List.<NewsItem>of(), SYSTEM, now()));
        states.put(KycStatus.IN_REVIEW, s);
        return states;
    }

    KycCase approveAll(KycCase s) {
        s = run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "documents and suitability fine", null, COMPLIANCE, now()));
        s = run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "financials fine", LIMIT, RISK, now()));
        return run(s, new KycCommand.ReviewCase(ReviewDecision.APPROVE, "no hits", null, AML, now()));
    }

    KycCommand.SealApproval seal(KycCase approved) {
        return new KycCommand.SealApproval(approved.approvalRecord().sha256(), "c2lnbmF0dXJl", "firm-key-2026", SYSTEM, now());
    }

    static List<FormSection> sections(OnboardingForm form) {
        return List.of(form.institution(), form.financial(), new BeneficialOwners(form.beneficialOwners()),
                new meridian.domain.kyc.form.AuthorisedTraders(form.authorisedTraders()), form.purpose());
    }

    static DocumentRef extraDocument() {
        return KycFixtures.document(DocumentType.FINANCIAL_STATEMENTS, "statements-2024.pdf");
    }
}

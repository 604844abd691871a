package meridian.write.kyc;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import meridian.domain.kyc.caseflow.Actor;
import meridian.domain.kyc.caseflow.Contact;
import meridian.domain.kyc.caseflow.KycAssessor;
import meridian.domain.kyc.caseflow.KycCommand;
import meridian.domain.kyc.caseflow.KycDecider;
import meridian.domain.kyc.caseflow.KycRole;
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
import meridian.domain.kyc.screening.NameScreener;
import meridian.domain.kyc.screening.WatchListCsv;

/** A made-up corporate prospect and the commands of its onboarding, for the entity tests. */
final class KycCases {
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    static final String CREDIT_CODE = "91350100M000100Y43";
    static final String OWNER_ID = "11010519491231002X";
    static final String TRADER_ID = "110101199003074477";
    static final String CODE = "K7PQ2MXR9TBW4HZN";
    static final Actor SALES = new Actor("sales.li", KycRole.SALES);
    static final Actor CLIENT = new Actor("client.chen", KycRole.CLIENT);
    static final Actor COMPLIANCE = new Actor("compliance.wu", KycRole.COMPLIANCE);
    static final Actor RISK = new Actor("risk.zhou", KycRole.RISK);
    static final Actor AML = new Actor("aml.sun", KycRole.AML);
    static final BigDecimal LIMIT = new BigDecimal("300000000");
    /** On the fictitious demo watch list (DEMO-S-0003, sanctions): screening blocks approval until AML resolves it. */
    static final String LISTED_NAME = "赵德昆";

    private static final NameScreener DEMO_LIST = NameScreener.of(WatchListCsv.demo());

    private KycCases() {
    }

    static KycCaseEntity.Services services(Path dir) {
        SecureRandom random = new SecureRandom();
        return new KycCaseEntity.Services(KycDecider.standard(), new KycScreening(KycAssessor.standard(DEMO_LIST), List::of),
                ApprovalSealer.loadOrCreate(dir.resolve("seal-private.pem"), dir.resolve("seal-public.pem")),
                new FileCaseKeyStore(dir.resolve("case-keys"), new TenantKeys(dir.resolve("tenant-keys"), Map.of(), random), random),
                CLOCK, random);
    }

    static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }

    static KycCommand invite(String caseId) {
        return new KycCommand.InviteProspect(caseId, "福州明远精密制造有限公司", CREDIT_CODE,
                new Contact("陈立新", "13900001111", "chen@example.com"), OnboardingCode.hash(caseId, CODE),
                T0.plus(OnboardingCode.DEFAULT_VALIDITY), List.of(), SALES, at(1));
    }

    static List<FormSection> sections(String legalRepresentative) {
        return List.of(
                new InstitutionProfile("福州明远精密制造有限公司", InstitutionType.CORPORATE, CREDIT_CODE, "福建省福州市鼓楼区五四路 100 号",
                        legalRepresentative, new BigDecimal("200000000"), Industry.MANUFACTURING),
                new FinancialProfile(2025, new BigDecimal("80000000"), new BigDecimal("30000000"), 5,
                        List.of("interest rate swaps")),
                new BeneficialOwners(List.of(new BeneficialOwner("陈立新", "CN", OWNER_ID, new BigDecimal("60"), 1, false))),
                new AuthorisedTraders(List.of(new AuthorisedTrader("王海", TRADER_ID, "13812345678", "wanghai@example.com"))),
                new PurposeSection(Purpose.HEDGING, "hedge copper purchases"));
    }

    static List<DocumentRef> documents() {
        return List.of(document(DocumentType.BUSINESS_LICENCE, 'a'), document(DocumentType.FINANCIAL_STATEMENTS, 'b'),
                document(DocumentType.AUTHORISATION_LETTER, 'c'));
    }

    static DocumentRef document(DocumentType type, char digit) {
        return new DocumentRef(type, type.name().toLowerCase() + ".pdf", "application/pdf", 120_000, String.valueOf(digit).repeat(64));
    }

    static meridian.domain.kyc.form.OnboardingForm completeForm() {
        meridian.domain.kyc.form.OnboardingForm form = meridian.domain.kyc.form.OnboardingForm.empty();
        for (FormSection section : sections("陈立新")) {
            form = form.with(section);
        }
        for (DocumentRef document : documents()) {
            form = form.withDocument(document);
        }
        return form;
    }

    /** The commands from invitation to submission, the form signed by {@code legalRepresentative}. */
    static List<KycCommand> untilSubmitted(String caseId, String legalRepresentative) {
        List<KycCommand> commands = new java.util.ArrayList<>();
        commands.add(invite(caseId));
        commands.add(new KycCommand.StartOnboarding(CODE, CLIENT, at(2)));
        int minute = 3;
        for (FormSection section : sections(legalRepresentative)) {
            commands.add(new KycCommand.SaveDraft(section, CLIENT, at(minute++)));
        }
        for (DocumentRef document : documents()) {
            commands.add(new KycCommand.AttachDocument(document, CLIENT, at(minute++)));
        }
        commands.add(new KycCommand.SubmitForm(CLIENT, at(minute)));
        return commands;
    }

    static KycCommand approve(Actor reviewer, BigDecimal limit, int minute) {
        return new KycCommand.ReviewCase(ReviewDecision.APPROVE, "fine", limit, reviewer, at(minute));
    }
}

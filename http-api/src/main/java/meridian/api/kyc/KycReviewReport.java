package meridian.api.kyc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import meridian.domain.kyc.aml.AmlFactor;
import meridian.domain.kyc.caseflow.KycCase;
import meridian.domain.kyc.form.BeneficialOwner;
import meridian.domain.kyc.form.DocumentRef;
import meridian.domain.kyc.form.FinancialProfile;
import meridian.domain.kyc.form.InstitutionProfile;
import meridian.domain.kyc.news.NewsHit;
import meridian.domain.kyc.suitability.SuitabilityCheck;
import meridian.read.kyc.KycCaseView;
import meridian.read.kyc.KycViewUpdate;

/**
 * The review report of a KYC case as a PDF: institution, suitability, AML rating with its factors, watch-list hits and
 * their resolutions, negative news, reviews, approval and seal, and the audit trail. Built from the case view, where
 * personal values are already masked, so the report never holds an ID number or phone number in full.
 */
final class KycReviewReport {

    private final List<Path> fonts;

    KycReviewReport(List<Path> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    byte[] render(KycCaseView view, List<KycViewUpdate.TimelineEntry> timeline, Instant generatedAt) {
        KycCase s = view.state();
        try (PdfText pdf = new PdfText(fonts)) {
            pdf.heading("KYC review report - case " + view.caseId());
            pdf.line("Generated " + generatedAt + " by Meridian from the case's events. Personal data is masked.");
            if (!pdf.showsChinese()) {
                pdf.line("(The report font has no Chinese characters, shown as '?': set MERIDIAN_KYC_REPORT_FONT to a CJK font.)");
            }
            pdf.line("Status: " + s.status() + (s.personalDataErased() ? " (personal data erased)" : ""));

            pdf.heading("Institution");
            InstitutionProfile i = s.form().institution();
            pdf.line("Name: " + KycViews.institution(s));
            pdf.line("Unified social credit code: " + (i != null && i.unifiedSocialCreditCode() != null ? i.unifiedSocialCreditCode()
                    : s.invitation() == null ? "-" : s.invitation().unifiedSocialCreditCode()));
            if (i != null) {
                pdf.line("Type: " + i.type() + "; industry: " + i.industry() + "; registered capital CNY " + plain(i.registeredCapitalCny()));
                pdf.line("Registered address: " + i.registeredAddress());
                pdf.line("Legal representative: " + i.legalRepresentative());
            }
            FinancialProfile f = s.form().financial();
            if (f != null) {
                pdf.line("Financials (" + f.fiscalYear() + "): net assets CNY " + plain(f.netAssetsCny()) + ", financial assets CNY "
                        + plain(f.financialAssetsCny()) + ", " + f.yearsOfInvestmentExperience() + " years of investment experience");
            }
            for (BeneficialOwner o : s.form().beneficialOwners()) {
                pdf.line("Beneficial owner: " + o.name() + ", " + o.nationality() + ", ID " + o.idNumber() + ", "
                        + plain(o.ownershipPct()) + "%" + (Boolean.TRUE.equals(o.politicallyExposed()) ? ", politically exposed" : ""));
            }
            for (DocumentRef d : s.form().documents()) {
                pdf.line("Document: " + d.type() + " " + d.fileName() + " (" + d.sizeBytes() + " bytes, SHA-256 " + d.sha256() + ")");
            }

            pdf.heading("Suitability");
            if (s.suitability() == null) {
                pdf.line("Not assessed yet.");
            } else {
                pdf.line("Professional investor: " + (s.suitability().professionalInvestor() ? "YES" : "NO"));
                for (SuitabilityCheck c : s.suitability().checks()) {
                    pdf.line((c.met() ? "[met] " : "[not met] ") + c.criterion() + ": " + c.detail());
                }
            }

            pdf.heading("AML rating");
            if (s.rating() == null) {
                pdf.line("Not rated yet.");
            } else {
                pdf.line("Rating: " + s.rating().level() + " (score " + s.rating().score() + ")");
                for (AmlFactor factor : s.rating().factors()) {
                    pdf.line("Factor: " + factor.factor() + " +" + factor.points() + ": " + factor.detail());
                }
                s.rating().overrides().forEach(o -> pdf.line("Override: " + o));
            }

            pdf.heading("Watch-list hits");
            List<KycViews.HitView> hits = KycViews.hits(s);
            if (hits.isEmpty()) {
                pdf.line("None.");
            }
            for (KycViews.HitView h : hits) {
                pdf.line(h.level() + " " + h.score() + ": " + h.subject().role() + " " + h.subject().name() + " matches '"
                        + h.matchedName() + "' (" + h.listEntry().source() + "/" + h.listEntry().id() + ", "
                        + h.listEntry().category() + (h.listEntry().program() == null ? "" : ", " + h.listEntry().program()) + ")");
                pdf.line("    resolution: " + (h.resolution() == null ? "UNRESOLVED"
                        : h.resolution() + " by " + h.resolvedBy() + ": " + h.resolutionComment()));
            }

            pdf.heading("Negative news");
            if (s.news().isEmpty()) {
                pdf.line("None.");
            }
            for (NewsHit n : s.news()) {
                pdf.line(n.item().publishedOn() + " " + n.item().source() + ": " + n.item().title() + " (about "
                        + n.subject().name() + "; terms " + String.join(", ", n.terms()) + ")");
            }

            pdf.heading("Reviews");
            if (s.reviews().isEmpty()) {
                pdf.line("None in the current round.");
            }
            s.reviews().forEach(r -> pdf.line(r.at() + " " + r.role() + " " + r.by().userId() + ": " + r.decision()
                    + (r.notionalLimitCny() == null ? "" : " (limit CNY " + plain(r.notionalLimitCny()) + ")")
                    + (r.comment() == null ? "" : " - " + r.comment())));

            pdf.heading("Approval and seal");
            if (s.approvedAt() == null) {
                pdf.line("Not approved.");
            } else {
                pdf.line("Approved " + s.approvedAt() + " with a notional limit of CNY " + plain(s.notionalLimitCny()));
            }
            if (s.seal() != null) {
                pdf.line("Sealed " + s.seal().at() + " with key " + s.seal().keyId() + "; approval record SHA-256 "
                        + s.seal().recordSha256());
            }

            pdf.heading("Audit trail");
            for (KycViewUpdate.TimelineEntry t : timeline) {
                pdf.line(t.at() + " " + t.role() + " " + t.userId() + " " + t.event() + (t.summary() == null ? "" : ": " + t.summary()));
            }
            return pdf.toBytes();
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    static List<Path> defaultFonts(String configured) {
        List<Path> candidates = new java.util.ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (String p : List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")) {
            candidates.add(Path.of(p));
        }
        return candidates.stream().distinct().collect(Collectors.toList());
    }
}

package meridian.domain.kyc.caseflow;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import meridian.domain.kyc.aml.AmlRiskLevel;

/**
 * What the firm seals when it approves a client: who was approved, for what limit, on which rating and suitability, by
 * whom. {@link #canonicalBytes()} is the exact text that is hashed and signed; verifying a seal recomputes it.
 */
public record ApprovalRecord(String caseId, String institutionName, String unifiedSocialCreditCode,
        BigDecimal notionalLimitCny, AmlRiskLevel amlRating, boolean professionalInvestor, List<String> approvals,
        Instant approvedAt) {

    public ApprovalRecord {
        approvals = List.copyOf(approvals);
    }

    /** One {@code key=value} line per field, in a fixed order, UTF-8, each line ending in a newline. */
    public byte[] canonicalBytes() {
        StringBuilder text = new StringBuilder();
        line(text, "record", "meridian.kyc.approval.v1");
        line(text, "caseId", caseId);
        line(text, "institutionName", institutionName);
        line(text, "unifiedSocialCreditCode", unifiedSocialCreditCode);
        line(text, "notionalLimitCny", notionalLimitCny.stripTrailingZeros().toPlainString());
        line(text, "amlRating", String.valueOf(amlRating));
        line(text, "professionalInvestor", String.valueOf(professionalInvestor));
        for (String approval : approvals) {
            line(text, "approval", approval);
        }
        line(text, "approvedAt", approvedAt.toString());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value.replace('\n', ' ')).append('\n');
    }
}

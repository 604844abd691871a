package meridian.api.kyc;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import meridian.domain.kyc.caseflow.KycRole;

/**
 * {@code meridian.kyc} in application.conf: where the keys live, the watch list and news feed, screening thresholds,
 * the review order and SLA, onboarding-code validity and the document size limit. Paths left empty default to the data
 * directory.
 */
public record KycSettings(Path keyDir, Map<String, String> tenantKeys, Path sealPrivateKey, Path sealPublicKey,
        String watchList, String newsFeed, double blockThreshold, double reviewThreshold, List<KycRole> reviewSequence,
        Duration reviewSla, Duration codeValidity, long maxDocumentBytes, String reportFont) {

    private static final Set<KycRole> REVIEWERS = EnumSet.of(KycRole.COMPLIANCE, KycRole.RISK, KycRole.AML);

    public static KycSettings from(Config config) {
        Config kyc = config.getConfig("meridian.kyc");
        Path dataDir = Path.of(config.getString("meridian.data-dir")).toAbsolutePath();
        Path keyDir = path(kyc.getString("key-dir"), dataDir.resolve("kyc-keys"));
        Map<String, String> tenantKeys = new LinkedHashMap<>();
        kyc.getConfig("tenant-keys").root().unwrapped().forEach((tenant, key) -> tenantKeys.put(tenant, String.valueOf(key)));
        for (String pair : kyc.getString("tenant-keys-list").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("meridian.kyc.tenant-keys-list (MERIDIAN_KYC_TENANT_KEYS) is tenant=base64,...");
            }
            tenantKeys.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        List<KycRole> sequence = new ArrayList<>();
        for (String role : kyc.getStringList("review-sequence")) {
            KycRole parsed = KycRole.valueOf(role.strip().toUpperCase());
            if (!REVIEWERS.contains(parsed) || sequence.contains(parsed)) {
                throw new IllegalArgumentException("meridian.kyc.review-sequence must list distinct roles among " + REVIEWERS);
            }
            sequence.add(parsed);
        }
        if (sequence.isEmpty()) {
            throw new IllegalArgumentException("meridian.kyc.review-sequence names no reviewer");
        }
        return new KycSettings(keyDir, Map.copyOf(tenantKeys),
                path(kyc.getString("seal-private-key"), dataDir.resolve("keys").resolve("kyc-seal-private.pem")),
                path(kyc.getString("seal-public-key"), dataDir.resolve("keys").resolve("kyc-seal-public.pem")),
                kyc.getString("watch-list"), kyc.getString("news-feed"), kyc.getDouble("block-threshold"),
                kyc.getDouble("review-threshold"), List.copyOf(sequence), kyc.getDuration("review-sla"),
                kyc.getDuration("code-validity"), kyc.getBytes("max-document-bytes"), kyc.getString("report-font"));
    }

    private static Path path(String configured, Path fallback) {
        return configured.isBlank() ? fallback : Path.of(configured).toAbsolutePath();
    }
}

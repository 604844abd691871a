package meridian.api.rfq;

import com.typesafe.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import meridian.domain.rfq.desk.DeskMarket;
import meridian.domain.rfq.desk.DeskRules;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;

/**
 * {@code meridian.rfq} in application.conf: the desk's tenant and chat identity, the webhook secret, the outbound
 * channel, quoting rules and market. An empty webhook secret is created once in {@code <data-dir>/keys/rfq-webhook.secret}.
 */
public record RfqSettings(String tenant, String botId, String webhookSecret, boolean answerUnrecognised, String outbound,
                          String callbackUrl, ZoneId zone, Duration sweepInterval, Map<String, String> bindings,
                          DeskRules rules, DeskMarket market) {

    public static RfqSettings from(Config config) {
        Config rfq = config.getConfig("meridian.rfq");
        Path dataDir = Path.of(config.getString("meridian.data-dir")).toAbsolutePath();
        String secret = rfq.getString("webhook-secret");
        if (secret.isBlank()) {
            secret = developmentSecret(dataDir.resolve("keys").resolve("rfq-webhook.secret"));
        }
        String outbound = rfq.getString("outbound");
        if (!outbound.equals("log") && !outbound.equals("http")) {
            throw new IllegalArgumentException("meridian.rfq.outbound (MERIDIAN_RFQ_OUTBOUND) is log or http, was " + outbound);
        }
        if (outbound.equals("http") && rfq.getString("callback-url").isBlank()) {
            throw new IllegalArgumentException("meridian.rfq.outbound = http needs meridian.rfq.callback-url (MERIDIAN_RFQ_CALLBACK_URL)");
        }
        Map<String, String> bindings = new HashMap<>();
        rfq.getConfig("bindings").root().unwrapped().forEach((group, caseId) -> bindings.put(group, String.valueOf(caseId)));
        Config terms = rfq.getConfig("terms");
        DeskRules rules = new DeskRules(byStructure(rfq.getConfig("spread-pct")), byStructure(rfq.getConfig("budget-pct")),
                decimal(rfq, "default-notional"), tenors(rfq.getConfig("default-tenor")),
                byStructure(rfq.getConfig("auto-approve-max-notional")), rfq.getDuration("validity"),
                rfq.getDuration("approval-window"),
                new DeskRules.TermDefaults(decimal(terms, "knock-out-pct"), decimal(terms, "knock-in-pct"),
                        decimal(terms, "payout-pct"), decimal(terms, "up-barrier-pct"),
                        decimal(terms, "down-barrier-pct"), terms.getString("observation"), terms.getInt("lock-months")),
                rfq.getInt("paths"));
        Config m = rfq.getConfig("market");
        DeskMarket market = new DeskMarket(m.getDouble("spot"), m.getDouble("vol"), m.getDouble("rate"),
                m.getDouble("dividend-yield"), doubles(m.getConfig("spots")), doubles(m.getConfig("vols")));
        return new RfqSettings(rfq.getString("tenant"), rfq.getString("bot-id"), secret, rfq.getBoolean("answer-unrecognised"),
                outbound, rfq.getString("callback-url"), ZoneId.of(rfq.getString("zone")), rfq.getDuration("sweep-interval"),
                Map.copyOf(bindings), rules, market);
    }

    private static BigDecimal decimal(Config config, String path) {
        return new BigDecimal(config.getString(path));
    }

    private static Map<Structure, BigDecimal> byStructure(Config section) {
        Map<Structure, BigDecimal> values = new EnumMap<>(Structure.class);
        section.root().unwrapped().forEach((name, value) -> values.put(Structure.valueOf(name), new BigDecimal(String.valueOf(value))));
        return values;
    }

    private static Map<Structure, Tenor> tenors(Config section) {
        Map<Structure, Tenor> values = new EnumMap<>(Structure.class);
        section.root().unwrapped().forEach((name, value) -> values.put(Structure.valueOf(name), Tenor.parse(String.valueOf(value))));
        return values;
    }

    private static Map<String, Double> doubles(Config section) {
        Map<String, Double> values = new HashMap<>();
        section.root().unwrapped().forEach((code, value) -> values.put(code, Double.parseDouble(String.valueOf(value))));
        return values;
    }

    /** The secret shared with the chat gateway in development: made once, kept with the node's keys. */
    static String developmentSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the webhook secret " + file, e);
        }
    }
}

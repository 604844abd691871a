package meridian.domain.rfq.chat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The chat gateway signs each webhook body with HMAC-SHA256 under a shared secret and sends the hex digest
 * in a header ({@code sha256=<hex>}). Verification compares in constant time.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";
    private static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;

    public WebhookSignature(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the webhook secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = secret.clone();
    }

    public String sign(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(body));
    }

    public boolean verify(byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip().toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(body), presented);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public static WebhookSignature fromText(String secret) {
        return new WebhookSignature(secret.getBytes(StandardCharsets.UTF_8));
    }
}

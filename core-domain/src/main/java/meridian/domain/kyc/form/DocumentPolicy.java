package meridian.domain.kyc.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What may be uploaded as an onboarding document: a size limit and PDF, JPEG or PNG files whose first bytes agree with
 * their declared content type (so a renamed executable is refused as 415, not stored).
 */
public record DocumentPolicy(long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    public DocumentPolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    public static DocumentPolicy standard() {
        return new DocumentPolicy(DEFAULT_MAX_BYTES);
    }

    /** Early check from the request headers (declared type and Content-Length), before reading the body. */
    public void checkDeclared(String contentType, long sizeBytes) {
        String type = baseType(contentType);
        if (!SIGNATURES.containsKey(type)) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.UNSUPPORTED_TYPE, "document.contentType",
                    "'" + contentType + "' is not allowed; use one of " + SIGNATURES.keySet().stream().sorted().toList());
        }
        if (sizeBytes > maxBytes) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "document.sizeBytes",
                    sizeBytes + " bytes is over the limit of " + maxBytes + " bytes");
        }
        if (sizeBytes == 0) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.EMPTY, "document.sizeBytes", "the file is empty");
        }
    }

    /** Checks the uploaded bytes and returns the reference to record, with their SHA-256. */
    public DocumentRef accept(DocumentType type, String fileName, String contentType, byte[] content) {
        checkDeclared(contentType, content.length);
        String base = baseType(contentType);
        byte[] signature = SIGNATURES.get(base);
        if (!startsWith(content, signature)) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.UNSUPPORTED_TYPE, "document.content",
                    "the file content is not " + base);
        }
        return new DocumentRef(type, fileName, base, content.length, sha256Hex(content));
    }

    /** Checks a reference recorded elsewhere (for instance replayed from a command) against the limits. */
    public void check(DocumentRef document) {
        checkDeclared(document.contentType(), document.sizeBytes());
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package meridian.write.kyc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The firm's e-seal for KYC approval records: ECDSA P-256 with SHA-256 ({@value #ALGORITHM}), Java's own crypto.
 * The key id is the first 16 hex digits of SHA-256 of the public key (X.509 encoding), so a verifier can tell which key
 * sealed a record. Keys are PEM files (PKCS#8 private, X.509 public), created on first use when missing.
 */
public final class ApprovalSealer {

    public static final String ALGORITHM = "SHA256withECDSA";

    private final Optional<PrivateKey> privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private ApprovalSealer(Optional<PrivateKey> privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyIdOf(publicKey);
    }

    /** Reads the pair from {@code privatePem} and {@code publicPem}, creating both when neither exists. */
    public static ApprovalSealer loadOrCreate(Path privatePem, Path publicPem) {
        try {
            if (!Files.exists(privatePem) && !Files.exists(publicPem)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                KeyFiles.writeSecret(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                KeyFiles.writeSecret(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            KeyFactory factory = KeyFactory.getInstance("EC");
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(publicPem, "PUBLIC KEY")));
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem, "PRIVATE KEY")));
            ApprovalSealer sealer = new ApprovalSealer(Optional.of(privateKey), publicKey);
            if (!sealer.verify("pair check".getBytes(StandardCharsets.UTF_8), sealer.sign("pair check".getBytes(StandardCharsets.UTF_8)))) {
                throw new IllegalStateException(privatePem + " and " + publicPem + " are not one key pair");
            }
            return sealer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the KYC seal key " + privatePem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the KYC seal key files are not an EC key pair: " + e.getMessage(), e);
        }
    }

    /** A sealer that can only verify, from a public key in PEM. */
    public static ApprovalSealer verifyOnly(String publicKeyPem) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(publicKeyPem, "PUBLIC KEY")));
            return new ApprovalSealer(Optional.empty(), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an EC public key: " + e.getMessage(), e);
        }
    }

    /** The signature over {@code data}, base64. */
    public String sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey.orElseThrow(() -> new IllegalStateException("this sealer can only verify")));
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the KYC seal key", e);
        }
    }

    /** Whether {@code signatureBase64} is this key's signature over {@code data}; false for anything malformed. */
    public boolean verify(byte[] data, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public String keyId() {
        return keyId;
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String keyIdOf(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(Path file, String label) throws IOException {
        return der(Files.readString(file, StandardCharsets.US_ASCII), label);
    }

    private static byte[] der(String pem, String label) {
        String body = pem.replace("-----BEGIN " + label + "-----", "").replace("-----END " + label + "-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}

package meridian.write.kyc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps a per-case key with its tenant's key-encryption key from {@link TenantKeys}: AES-256-GCM, random 96-bit nonce,
 * the case key id ({@code tenant:caseId}) authenticated, so a wrapped key copied to another case does not open.
 * The text form is base64 of nonce then ciphertext and tag.
 */
final class KeyWrap {

    private static final int NONCE_BYTES = 12;

    private final TenantKeys tenantKeys;
    private final SecureRandom random;

    KeyWrap(TenantKeys tenantKeys, SecureRandom random) {
        this.tenantKeys = tenantKeys;
        this.random = random;
    }

    String wrap(String keyId, byte[] key) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek(keyId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    byte[] unwrap(String keyId, String wrapped) {
        try {
            byte[] in = Base64.getDecoder().decode(wrapped);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek(keyId), new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the wrapped key of KYC case " + keyId
                    + " does not open with its tenant's key-encryption key (wrong meridian.kyc.tenant-keys, or damaged)", e);
        }
    }

    static String tenantOf(String keyId) {
        int colon = keyId.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a case key id is tenant:caseId, was " + keyId);
        }
        return keyId.substring(0, colon);
    }

    private SecretKeySpec kek(String keyId) {
        return new SecretKeySpec(tenantKeys.keyOf(tenantOf(keyId)), "AES");
    }
}

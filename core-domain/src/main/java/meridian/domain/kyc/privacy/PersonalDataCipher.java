package meridian.domain.kyc.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal values of one case with that case's AES-256-GCM key, for crypto-shredding: events keep only
 * {@code pd1:<base64(nonce | ciphertext | tag)>}, and destroying the key erases the data while the events stay immutable.
 * The case id is authenticated with every value, so a value copied into another case does not decrypt there.
 *
 * <p>Use with {@link meridian.domain.kyc.form.OnboardingForm#mapPersonalData}: {@code form.mapPersonalData(cipher::encrypt)}
 * before persisting, {@code form.mapPersonalData(cipher::decrypt)} after replay. Key storage is the write side's job.
 */
public final class PersonalDataCipher {
    public static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final byte[] caseId;
    private final SecureRandom random;

    public PersonalDataCipher(byte[] key, String caseId, SecureRandom random) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.caseId = caseId.getBytes(StandardCharsets.UTF_8);
        this.random = random;
    }

    public static byte[] newKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    public static boolean isEncrypted(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String encrypt(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plain value; refuses values that were changed, belong to another case or were sealed with another key. */
    public String decrypt(String value) {
        if (!isEncrypted(value)) {
            throw new IllegalArgumentException("not an encrypted personal value");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an encrypted personal value is not valid base64", e);
        }
        if (in.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("an encrypted personal value is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(caseId);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("the personal value does not authenticate with this case key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}

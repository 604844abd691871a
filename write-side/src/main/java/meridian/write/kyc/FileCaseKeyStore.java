package meridian.write.kyc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import meridian.domain.kyc.privacy.CaseKeyStore;

/**
 * Per-case keys as files, {@code <dir>/<tenant>/<sha256(tenant:caseId)>.key}, each wrapped (AES-256-GCM, the key id
 * authenticated) with the tenant's master key from {@link TenantKeys}. Destroying a case key overwrites and deletes its
 * file: without it the case's encrypted personal values can never be decrypted again.
 */
public final class FileCaseKeyStore implements CaseKeyStore {

    private static final int NONCE_BYTES = 12;

    private final Path dir;
    private final TenantKeys tenantKeys;
    private final SecureRandom random;

    public FileCaseKeyStore(Path dir, TenantKeys tenantKeys, SecureRandom random) {
        this.dir = dir;
        this.tenantKeys = tenantKeys;
        this.random = random;
    }

    @Override
    public synchronized byte[] getOrCreate(String keyId) {
        Optional<byte[]> existing = find(keyId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            KeyFiles.writeSecret(file(keyId), wrap(keyId, key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the key of KYC case " + keyId, e);
        }
        return key;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        Path file = file(keyId);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(unwrap(keyId, Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key of KYC case " + keyId, e);
        }
    }

    @Override
    public synchronized void destroy(String keyId) {
        Path file = file(keyId);
        try {
            if (Files.exists(file)) {
                long size = Files.size(file);
                Files.write(file, new byte[(int) size], StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot destroy the key of KYC case " + keyId, e);
        }
    }

    private Path file(String keyId) {
        int colon = keyId.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a case key id is tenant:caseId, was " + keyId);
        }
        String tenant = keyId.substring(0, colon);
        try {
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(keyId.getBytes(StandardCharsets.UTF_8)));
            return dir.resolve(tenant).resolve(name + ".key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String wrap(String keyId, byte[] key) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey(keyId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private byte[] unwrap(String keyId, String wrapped) {
        try {
            byte[] in = Base64.getDecoder().decode(wrapped);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey(keyId), new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the key file of KYC case " + keyId
                    + " does not open with its tenant's master key (wrong meridian.kyc.tenant-keys, or a damaged file)", e);
        }
    }

    private SecretKeySpec masterKey(String keyId) {
        return new SecretKeySpec(tenantKeys.keyOf(keyId.substring(0, keyId.indexOf(':'))), "AES");
    }
}

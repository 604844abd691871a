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
import java.util.HexFormat;
import java.util.Optional;
import meridian.domain.kyc.privacy.CaseKeyStore;

/**
 * Per-case keys as files, {@code <dir>/<tenant>/<sha256(tenant:caseId)>.key}, each wrapped (AES-256-GCM, the key id
 * authenticated) with the tenant's master key from {@link TenantKeys}. Destroying a case key overwrites and deletes its
 * file: without it the case's encrypted personal values can never be decrypted again.
 */
public final class FileCaseKeyStore implements CaseKeyStore {

    private final Path dir;
    private final KeyWrap keyWrap;
    private final SecureRandom random;

    public FileCaseKeyStore(Path dir, TenantKeys tenantKeys, SecureRandom random) {
        this.dir = dir;
        this.keyWrap = new KeyWrap(tenantKeys, random);
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
            KeyFiles.writeSecret(file(keyId), keyWrap.wrap(keyId, key));
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
            return Optional.of(keyWrap.unwrap(keyId, Files.readString(file, StandardCharsets.US_ASCII).strip()));
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
}

package meridian.write.kyc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import meridian.domain.common.Tenants;

/**
 * Each tenant's master key (AES-256), which wraps the tenant's per-case keys. A key configured for the tenant
 * ({@code meridian.kyc.tenant-keys.<tenant>}, base64 of 32 bytes) wins; otherwise the key is read from, or created once
 * in, {@code <dir>/<tenant>.key}. Every node that runs KYC entities or projections must see the same keys.
 */
public final class TenantKeys {

    private final Path dir;
    private final Map<String, byte[]> configured;
    private final SecureRandom random;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public TenantKeys(Path dir, Map<String, String> configuredBase64, SecureRandom random) {
        this.dir = dir;
        this.random = random;
        Map<String, byte[]> keys = new ConcurrentHashMap<>();
        configuredBase64.forEach((tenant, base64) -> keys.put(tenant, decode(tenant, base64)));
        this.configured = Map.copyOf(keys);
    }

    /** The tenant's master key, created in the key directory if it has none. */
    public byte[] keyOf(String tenant) {
        if (!Tenants.isValid(tenant) && !Tenants.SHARED.equals(tenant)) {
            throw new IllegalArgumentException("not a tenant name: " + tenant);
        }
        byte[] key = configured.get(tenant);
        if (key != null) {
            return key.clone();
        }
        return cache.computeIfAbsent(tenant, this::loadOrCreate).clone();
    }

    private synchronized byte[] loadOrCreate(String tenant) {
        Path file = dir.resolve(tenant + ".key");
        try {
            if (Files.exists(file)) {
                return decode(tenant, Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            KeyFiles.writeSecret(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the KYC master key of tenant " + tenant + " in " + dir, e);
        }
    }

    private static byte[] decode(String tenant, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the KYC master key of tenant " + tenant + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("the KYC master key of tenant " + tenant + " must be 32 bytes, is " + key.length);
        }
        return key;
    }
}

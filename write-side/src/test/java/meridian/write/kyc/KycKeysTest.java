package meridian.write.kyc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case keys wrapped by tenant keys, crypto-shredding, and the approval seal key. */
class KycKeysTest {
    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path dir;

    @Test
    void caseKeysAreStoredWrappedAndDestroyedForGood() throws Exception {
        FileCaseKeyStore store = new FileCaseKeyStore(dir.resolve("cases"), new TenantKeys(dir.resolve("tenants"), Map.of(), random), random);
        byte[] key = store.getOrCreate("galaxy:KYC-1");
        assertArrayEquals(key, store.getOrCreate("galaxy:KYC-1"), "created once");
        assertArrayEquals(key, store.find("galaxy:KYC-1").orElseThrow());
        assertTrue(store.find("galaxy:KYC-2").isEmpty());

        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("cases").resolve("galaxy"))) {
            file = files.findFirst().orElseThrow();
        }
        byte[] stored = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(new String(key, StandardCharsets.ISO_8859_1)),
                "the file holds the key wrapped, not the key");

        store.destroy("galaxy:KYC-1");
        assertTrue(store.find("galaxy:KYC-1").isEmpty());
        assertFalse(Files.exists(file));
        store.destroy("galaxy:KYC-1");
    }

    @Test
    void aCaseKeyDoesNotOpenWithAnotherMasterKey() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        FileCaseKeyStore store = new FileCaseKeyStore(dir, new TenantKeys(dir.resolve("t"), Map.of("galaxy", configured), random), random);
        store.getOrCreate("galaxy:KYC-1");
        String other = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        FileCaseKeyStore wrongMaster = new FileCaseKeyStore(dir, new TenantKeys(dir.resolve("t"), Map.of("galaxy", other), random), random);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> wrongMaster.find("galaxy:KYC-1"));
        assertTrue(refused.getMessage().contains("meridian.kyc.tenant-keys"), refused.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new TenantKeys(dir, Map.of("galaxy", Base64.getEncoder().encodeToString(new byte[16])), random));
    }

    @Test
    void theSealKeyIsCreatedOnceAndVerifiesItsOwnSignaturesOnly() {
        ApprovalSealer sealer = ApprovalSealer.loadOrCreate(dir.resolve("seal.pem"), dir.resolve("seal.pub.pem"));
        ApprovalSealer again = ApprovalSealer.loadOrCreate(dir.resolve("seal.pem"), dir.resolve("seal.pub.pem"));
        assertEquals(sealer.keyId(), again.keyId());
        assertEquals(16, sealer.keyId().length());
        byte[] record = "record=meridian.kyc.approval.v1\n".getBytes(StandardCharsets.UTF_8);
        String signature = sealer.sign(record);
        assertTrue(again.verify(record, signature));
        assertTrue(ApprovalSealer.verifyOnly(sealer.publicKeyPem()).verify(record, signature));
        assertFalse(sealer.verify("record=changed\n".getBytes(StandardCharsets.UTF_8), signature));
        assertFalse(sealer.verify(record, "bm90IGEgc2lnbmF0dXJl"));
        assertFalse(sealer.verify(record, "%%%"));
        ApprovalSealer other = ApprovalSealer.loadOrCreate(dir.resolve("o.pem"), dir.resolve("o.pub.pem"));
        assertFalse(other.verify(record, signature));
    }
}

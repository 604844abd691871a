package meridian.domain.kyc.privacy;

import java.util.Optional;

/**
 * Where the per-case keys of {@link PersonalDataCipher} live, outside the event log: destroying a key is how a closed
 * case's personal data is erased while its events stay as they were (crypto-shredding). Implementations are on the
 * write side; {@code keyId} is the case's entity id ({@code tenant:caseId}).
 */
public interface CaseKeyStore {

    /** The case's key, created (and stored durably) if it has none yet. */
    byte[] getOrCreate(String keyId);

    /** The case's key, or empty if it was never created or has been destroyed. */
    Optional<byte[]> find(String keyId);

    /** Destroys the key for good; the case's encrypted values can never be read again. Destroying twice is fine. */
    void destroy(String keyId);
}

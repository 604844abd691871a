package meridian.domain.kyc.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import meridian.domain.kyc.KycFixtures;
import meridian.domain.kyc.form.OnboardingForm;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = PersonalDataCipher.newKey(random);
    private final PersonalDataCipher cipher = new PersonalDataCipher(key, "kyc-0001", random);

    @Test
    void aFormsPersonalValuesAreEncryptedAndComeBack() {
        OnboardingForm form = KycFixtures.completeForm();
        OnboardingForm sealed = form.mapPersonalData(cipher::encrypt);
        String id = sealed.beneficialOwners().get(0).idNumber();
        assertTrue(PersonalDataCipher.isEncrypted(id));
        assertFalse(id.contains(KycFixtures.OWNER_1_ID));
        assertTrue(PersonalDataCipher.isEncrypted(sealed.authorisedTraders().get(0).phone()));
        assertEquals(form.beneficialOwners().get(0).name(), sealed.beneficialOwners().get(0).name());
        assertEquals(form, sealed.mapPersonalData(cipher::decrypt));
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertNotEquals(cipher.encrypt("13812345678"), cipher.encrypt("13812345678"));
    }

    @Test
    void anotherKeyAnotherCaseOrAChangedValueDoNotDecrypt() {
        String sealed = cipher.encrypt(KycFixtures.OWNER_1_ID);
        PersonalDataCipher otherKey = new PersonalDataCipher(PersonalDataCipher.newKey(random), "kyc-0001", random);
        PersonalDataCipher otherCase = new PersonalDataCipher(key, "kyc-0002", random);
        assertThrows(IllegalArgumentException.class, () -> otherKey.decrypt(sealed));
        assertThrows(IllegalArgumentException.class, () -> otherCase.decrypt(sealed));

        byte[] raw = Base64.getDecoder().decode(sealed.substring(PersonalDataCipher.PREFIX.length()));
        raw[raw.length - 1] ^= 1;
        String tampered = PersonalDataCipher.PREFIX + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(tampered));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("110105194912310021"));
    }
}

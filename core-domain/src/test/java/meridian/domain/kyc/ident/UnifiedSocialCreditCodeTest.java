package meridian.domain.kyc.ident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    /** Codes in the published format: the GB 32100 example and codes printed on public business licences. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91440300708461136T", "91330100716105852F", "914403001922038216",
            "91110108551385082Q", "51100000500010993L", "91110000710935732K"})
    void acceptsRealFormatCodes(String code) {
        assertTrue(UnifiedSocialCreditCode.isValid(code), code);
        assertEquals(code.charAt(17), UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91440300708461136X", "91330100716105852"})
    void refusesAWrongCheckCharacterOrLength(String code) {
        assertFalse(UnifiedSocialCreditCode.isValid(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100I43", "91350100M000100O43", "91350100M000100S43", "91350100M000100Z43",
            "913501oom000100Y43", "91A50100M000100Y43"})
    void refusesCharactersOutsideTheAlphabetOrALetterInTheDivisionCode(String code) {
        assertTrue(UnifiedSocialCreditCode.problem(code).isPresent(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216"})
    void detectsEverySingleCharacterChange(String valid) {
        for (int position = 0; position < 17; position++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c == valid.charAt(position) || (position >= 2 && position < 8 && !Character.isDigit(c))) {
                    continue;
                }
                String changed = valid.substring(0, position) + c + valid.substring(position + 1);
                assertFalse(UnifiedSocialCreditCode.isValid(changed), changed);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void namesTheExpectedCheckCharacter() {
        assertEquals("check character is '4' but must be '3'",
                UnifiedSocialCreditCode.problem("91350100M000100Y44").orElseThrow());
        assertEquals("350100", UnifiedSocialCreditCode.administrativeDivision("91350100M000100Y43"));
    }
}

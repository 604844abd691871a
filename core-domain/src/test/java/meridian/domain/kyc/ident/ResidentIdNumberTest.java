package meridian.domain.kyc.ident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    /** The two examples of GB 11643-1999 and a commonly used test number, all with correct check digits. */
    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "110101199003074477"})
    void acceptsRealFormatNumbers(String number) {
        assertTrue(ResidentIdNumber.isValid(number), number);
    }

    @Test
    void computesTheCheckDigitIncludingX() {
        assertEquals('X', ResidentIdNumber.checkDigit("11010519491231002"));
        assertEquals('4', ResidentIdNumber.checkDigit("44052418800101001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002x", "440524188001010015", "4405241880010100", "44052418800101001A"})
    void refusesWrongCheckDigitsAndMalformedNumbers(String number) {
        assertFalse(ResidentIdNumber.isValid(number), number);
    }

    @Test
    void refusesImpossibleAndFutureBirthDates() {
        String feb30 = "11010519490230001";
        assertEquals("characters 7-14 are not a valid birth date",
                ResidentIdNumber.problem(feb30 + ResidentIdNumber.checkDigit(feb30), null).orElseThrow());
        String future = "11010520300101001";
        assertTrue(ResidentIdNumber.problem(future + ResidentIdNumber.checkDigit(future), LocalDate.of(2026, 1, 1))
                .orElseThrow().contains("not plausible"));
    }

    @Test
    void detectsEverySingleDigitChange() {
        String valid = "11010519491231002X";
        for (int position = 0; position < 17; position++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + c + valid.substring(position + 1);
                assertFalse(ResidentIdNumber.isValid(changed), changed);
            }
        }
    }
}

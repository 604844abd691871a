package meridian.domain.template.lifecycle;

import meridian.domain.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/** Whatever a client submits as a template definition, a bad one is a field error (a 400), never another failure. */
class DefinitionInputTest {
    private static final String MARKET = "{\"valuationDate\": \"2026-01-05\", \"spot\": 100, \"vol\": 0.2, \"rate\": 0.01}";
    private static final String FIELD = "{\"name\": \"notional\", \"type\": \"NUMBER\"}";
    private static final String CASE = "{\"name\": \"c\", \"inputs\": {\"terms\": {\"notional\": 1}, \"market\": " + MARKET
            + "}, \"expected\": {\"pv\": 1, \"tolerance\": 1}}";

    private static String definition(String name, String fields, String script, String cases) {
        return "{\"name\": " + name + ", \"fields\": " + fields + ", \"script\": " + script + ", \"testCases\": " + cases + "}";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "[]", "5", "null", "{\"name\": \"X\"",
            "{\"name\": 5, \"fields\": {}, \"script\": 5, \"testCases\": {}}",
            "{\"name\": \"X\", \"fields\": [5], \"script\": \"pay 1 on valuationDate\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [{\"name\": \"x\"}], \"script\": \"pay 1 on valuationDate\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [{\"type\": \"NUMBER\"}], \"script\": \"pay 1 on valuationDate\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [{\"name\": \"x\", \"type\": \"NUMBER\", \"min\": \"a\"}], \"script\": \"x\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [{\"name\": \"d\", \"type\": \"DATE\", \"default\": \"soon\"}], \"script\": \"x\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [{\"name\": \"e\", \"type\": \"ENUM\", \"values\": 5}], \"script\": \"x\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [{\"name\": \"e\", \"type\": \"ENUM\", \"default\": [1]}], \"script\": \"x\", \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [], \"script\": [1, 2], \"testCases\": []}",
            "{\"name\": \"X\", \"fields\": [], \"script\": \"pay 1 on valuationDate\", \"testCases\": [5]}",
            "{\"name\": \"X\", \"fields\": [], \"script\": \"pay 1 on valuationDate\", \"testCases\": [{\"inputs\": 5}]}",
    })
    void malformedDefinitionsAreFieldErrors(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> StructureTemplates.check(json));
        assertFalse(e.errors().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": \"c\", \"inputs\": {\"terms\": {}, \"market\": 5}, \"expected\": {\"pv\": 1, \"tolerance\": 1}}",
            "{\"inputs\": {\"terms\": {}, \"market\": " + MARKET + "}, \"expected\": {\"pv\": 1, \"tolerance\": 1}}",
            "{\"name\": \"c\", \"inputs\": {\"terms\": {}, \"market\": " + MARKET + ", \"paths\": \"many\"}, \"expected\": {\"pv\": 1, \"tolerance\": 1}}",
            "{\"name\": \"c\", \"inputs\": {\"terms\": {}, \"market\": " + MARKET + ", \"calendar\": \"MOON\"}, \"expected\": {\"pv\": 1, \"tolerance\": 1}}",
            "{\"name\": \"c\", \"inputs\": {\"terms\": {}, \"market\": " + MARKET + "}, \"expected\": {\"pv\": 1, \"tolerance\": -1}}",
            "{\"name\": \"c\", \"inputs\": {\"terms\": {}, \"market\": " + MARKET + ", \"method\": \"PDE\"}, \"expected\": {\"pv\": 1, \"tolerance\": 1}}",
    })
    void malformedTestCasesAreFieldErrorsUnderTestCases(String testCase) {
        String json = definition("\"X\"", "[" + FIELD + "]", "\"pay notional on valuationDate\"", "[" + testCase + "]");
        ValidationException e = assertThrows(ValidationException.class, () -> StructureTemplates.check(json));
        assertTrue(e.errors().get(0).field().startsWith("testCases[0]"), e.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pay notional on valuationDate", "pay notional on", "let x = notional +", "pay nope on valuationDate"})
    void scriptsAreCheckedBeforeAVersionExists(String script) {
        String json = definition("\"X\"", "[" + FIELD + "]", "\"" + script + "\"", "[" + CASE + "]");
        if (script.equals("pay notional on valuationDate")) {
            assertEquals("X", StructureTemplates.check(json).name());
            return;
        }
        ValidationException e = assertThrows(ValidationException.class, () -> StructureTemplates.check(json));
        assertEquals("script", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("line 1, column "), e.errors().get(0).message());
    }
}

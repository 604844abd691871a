package meridian.domain.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.ValidationException;
import meridian.domain.template.script.OpCode;
import meridian.domain.template.script.Program;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateDefinitionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void builtInTemplatesCompileToCompactPrograms() {
        for (String name : new String[]{"snowball", "sharkfin", "phoenix"}) {
            TemplateDefinition definition = TemplateJson.readResource("/meridian/templates/" + name + ".json");
            Program program = CompiledTemplate.compile(definition).program();
            assertTrue(program.instructionCount() < 120, name + ": " + program);
            assertTrue(program.maxStack() <= 8, name + ": " + program);
            for (int i = 0; i < program.instructionCount(); i++) {
                assertTrue(program.opAt(i) >= OpCode.CONST && program.opAt(i) <= OpCode.STOP);
            }
            assertEquals(OpCode.STOP, program.opAt(program.instructionCount() - 1));
        }
    }

    @Test
    void resolutionLaysSchedulesOnOneTimeline() throws Exception {
        CompiledTemplate snowball = CompiledTemplate.compile(TemplateJson.readResource("/meridian/templates/snowball.json"));
        MarketInputs market = new MarketInputs(LocalDate.of(2026, 1, 5), 100, 100, 0.2, 0.02, 0);
        ResolvedTemplate resolved = snowball.resolve(JSON.readTree("{\"notional\": 1000000, \"startDate\": \"2026-01-05\","
                + " \"tenorMonths\": 12, \"knockOutPct\": 100, \"knockInPct\": 80, \"couponPct\": 20, \"lockMonths\": 3}"),
                market, TradingCalendar.WEEKDAYS, "terms");
        // every weekday after the start up to the expiry 2027-01-05 (a Tuesday): 261 days; monthly dates are among them
        assertEquals(261, resolved.observationCount());
        assertEquals(LocalDate.of(2026, 1, 6), resolved.observationDates().get(0));
        assertEquals(LocalDate.of(2027, 1, 5), resolved.observationDates().get(260));
        assertEquals(1.0 / 365, resolved.observationYears()[0], 1e-15);
        // schedules: knock-in (daily), knock-out (months 3..12), expiry
        assertEquals(3, resolved.scheduleLength().length);
        assertEquals(261, resolved.scheduleLength()[0]);
        assertEquals(10, resolved.scheduleLength()[1]);
        // month 3 falls on Sunday 2026-04-05 and rolls to Monday 2026-04-06: 91 days after the valuation date
        assertEquals(91.0, resolved.observationDays()[resolved.scheduleStart()[1]]);
        int index = resolved.observationIndex()[resolved.scheduleStart()[1]];
        assertEquals(LocalDate.of(2026, 4, 6), resolved.observationDates().get(index));
    }

    @Test
    void requireNamesTheInconsistentTerm() throws Exception {
        CompiledTemplate snowball = CompiledTemplate.compile(TemplateJson.readResource("/meridian/templates/snowball.json"));
        MarketInputs market = new MarketInputs(LocalDate.of(2026, 1, 5), 100, 100, 0.2, 0.02, 0);
        ValidationException e = assertThrows(ValidationException.class, () -> snowball.resolve(JSON.readTree(
                "{\"notional\": 1, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"knockOutPct\": 100,"
                        + " \"knockInPct\": 101, \"couponPct\": 20}"), market, TradingCalendar.WEEKDAYS, "product.terms"));
        assertEquals("product.terms.knockInPct", e.errors().get(0).field());
        assertEquals("must not be above knockOutPct", e.errors().get(0).message());
    }

    @Test
    void scriptErrorsBecomeValidationErrorsOnTheScriptField() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(getClass().getResourceAsStream("/meridian/templates/snowball.json"));
        ArrayNode script = (ArrayNode) json.get("script");
        script.set(4, JSON.getNodeFactory().textNode("let expiry = addMonths(startDate, tenorMonth)"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> CompiledTemplate.compile(TemplateJson.read(json)));
        assertEquals("script", e.errors().get(0).field());
        assertEquals("line 5, column 35: unknown name 'tenorMonth' (did you mean 'tenorMonths'?)", e.errors().get(0).message());
    }

    @Test
    void badDefinitionsNameTheirFields() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(getClass().getResourceAsStream("/meridian/templates/sharkfin.json"));
        ((ObjectNode) json.get("fields").get(1)).put("type", "DATETIME");
        ((ObjectNode) json.get("testCases").get(2).get("inputs").get("market")).put("vol", -0.1);
        ((ObjectNode) json.get("testCases").get(0).get("expected")).remove("tolerance");
        ValidationException e = assertThrows(ValidationException.class, () -> TemplateJson.read(json));
        assertEquals(java.util.Set.of("fields[1].type", "testCases[2].inputs.market.vol", "testCases[0].expected.tolerance"),
                e.errors().stream().map(meridian.domain.common.FieldError::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theHashIdentifiesTheContent() throws Exception {
        TemplateDefinition snowball = TemplateJson.readResource("/meridian/templates/snowball.json");
        TemplateDefinition again = TemplateJson.read(TemplateJson.write(snowball));
        assertEquals(TemplateRegistry.hash(snowball), TemplateRegistry.hash(again));
        assertEquals(64, TemplateRegistry.hash(snowball).length());
        TemplateDefinition changed = new TemplateDefinition(snowball.name(), snowball.description(), snowball.fields(),
                snowball.script().replace("couponPct / 100 * yearFrac", "couponPct / 100.5 * yearFrac"), snowball.testCases());
        assertNotEquals(TemplateRegistry.hash(snowball), TemplateRegistry.hash(changed));
    }
}

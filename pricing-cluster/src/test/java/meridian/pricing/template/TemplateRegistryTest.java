package meridian.pricing.template;

import meridian.domain.common.ValidationException;
import meridian.domain.template.TemplateDefinition;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TemplateRegistry;
import meridian.domain.template.TemplateTestCase;
import meridian.domain.template.TemplateVersion;
import meridian.domain.template.TemplateVersionStateException;
import meridian.domain.template.TestCaseResult;
import meridian.domain.template.TradingCalendar;
import meridian.domain.template.VersionStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateRegistryTest {
    private final TemplateMonteCarloPricer pricer = new TemplateMonteCarloPricer(name -> {
        if (!name.equals("WEEKDAYS")) {
            throw new ValidationException("calendar", name + " is not available in this test");
        }
        return TradingCalendar.WEEKDAYS;
    }, new meridian.pricing.mc.MonteCarloEngine());

    private static TemplateDefinition builtIn(String name) {
        return TemplateJson.readResource("/meridian/templates/" + name + ".json");
    }

    @Test
    void builtInTemplatesPassTheirOwnTestCasesAndAreAccepted() {
        TemplateRegistry registry = new TemplateRegistry();
        for (String name : List.of("snowball", "phoenix", "sharkfin")) {
            TemplateVersion created = registry.create(builtIn(name));
            assertEquals(VersionStatus.PENDING, created.status());
            assertEquals(1, created.version());
            TemplateVersion decided = registry.runTests(created.name(), 1, pricer);
            assertEquals(VersionStatus.ACCEPTED, decided.status(), () -> decided.results().toString());
            assertEquals(created.definition().testCases().size(), decided.results().size());
            assertTrue(decided.results().stream().allMatch(TestCaseResult::passed));
            assertSame(decided, registry.forPricing(created.name(), 1));
        }
        assertEquals(List.of("SNOWBALL", "PHOENIX", "SHARKFIN"), registry.list().stream().map(TemplateVersion::name).toList());
    }

    @Test
    void aVersionWhoseExpectedValueIsWrongIsRejectedForGood() {
        TemplateDefinition snowball = builtIn("snowball");
        List<TemplateTestCase> cases = new ArrayList<>(snowball.testCases());
        TemplateTestCase first = cases.get(0);
        cases.set(0, new TemplateTestCase(first.name(), first.inputs(), first.expectedPv() + 1.0, first.tolerance()));
        TemplateDefinition wrong = new TemplateDefinition("SNOWBALL", snowball.description(), snowball.fields(),
                snowball.script(), cases);

        TemplateRegistry registry = new TemplateRegistry();
        registry.create(snowball);
        TemplateVersion second = registry.create(wrong);
        assertEquals(2, second.version());
        TemplateVersion decided = registry.runTests("SNOWBALL", 2, pricer);
        assertEquals(VersionStatus.REJECTED, decided.status());
        TestCaseResult failed = decided.results().get(0);
        assertFalse(failed.passed());
        assertTrue(failed.failure().contains("is not within 0.01 of"), failed.failure());
        assertTrue(decided.results().subList(1, decided.results().size()).stream().allMatch(TestCaseResult::passed));

        assertThrows(TemplateVersionStateException.class, () -> registry.runTests("SNOWBALL", 2, pricer));
        assertThrows(TemplateVersionStateException.class, () -> registry.forPricing("SNOWBALL", 2));
        assertThrows(TemplateVersionStateException.class, () -> registry.forPricing("SNOWBALL", 1));   // still pending
        assertEquals(List.of(1, 2), registry.versions("SNOWBALL").stream().map(TemplateVersion::version).toList());
    }

    @Test
    void aTestCaseWithBadTermsFailsNamingTheTerm() {
        TemplateDefinition sharkfin = builtIn("sharkfin");
        TemplateTestCase first = sharkfin.testCases().get(0);
        var terms = first.inputs().terms();
        terms.put("barrierPct", 90);   // below the strike of a call
        var inputs = new meridian.domain.template.TestInputs(terms, first.inputs().market(), "MC", 64, 1, "WEEKDAYS");
        TemplateDefinition bad = new TemplateDefinition("SHARKFIN", "", sharkfin.fields(), sharkfin.script(),
                List.of(new TemplateTestCase("inconsistent barrier", inputs, 0, 1)));
        TemplateRegistry registry = new TemplateRegistry();
        registry.create(bad);
        TemplateVersion decided = registry.runTests("SHARKFIN", 1, pricer);
        assertEquals(VersionStatus.REJECTED, decided.status());
        assertTrue(decided.results().get(0).failure().startsWith("terms.barrierPct: must be beyond strikePct"),
                decided.results().get(0).failure());
    }

    @Test
    void resubmittingTheSameDefinitionReturnsTheSameVersion() {
        TemplateRegistry registry = new TemplateRegistry();
        TemplateVersion first = registry.create(builtIn("phoenix"));
        TemplateVersion again = registry.create(TemplateJson.read(TemplateJson.write(builtIn("phoenix"))));
        assertSame(first, again);
        assertEquals(1, registry.versions("PHOENIX").size());
        assertEquals(TemplateRegistry.hash(builtIn("phoenix")), first.hash());
    }

    @Test
    void aVersionWithAScriptErrorIsNotCreated() {
        TemplateDefinition phoenix = builtIn("phoenix");
        TemplateDefinition broken = new TemplateDefinition("PHOENIX", "", phoenix.fields(),
                phoenix.script().replace("pay notional * couponPct / 100 / 12 on d", "pay notional * couponPct / 100 / 12"),
                phoenix.testCases());
        TemplateRegistry registry = new TemplateRegistry();
        ValidationException e = assertThrows(ValidationException.class, () -> registry.create(broken));
        assertEquals("script", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().startsWith("line 26, column 3: expected 'on' and a payment date"), e.errors().get(0).message());
        assertTrue(registry.versions("PHOENIX").isEmpty());
    }
}

package meridian.domain.template.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import meridian.domain.common.Caller;
import meridian.domain.common.Decision;
import meridian.domain.common.ValidationException;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TemplateRegistry;
import meridian.domain.template.TemplateVersionStateException;
import meridian.domain.template.VersionStatus;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionRejected;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionSubmitted;
import meridian.domain.template.lifecycle.StructureTemplateEvent.TemplateVersionValidated;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StructureTemplatesTest {
    private static final Caller RISK = new Caller("rita", "galaxy");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    static String sharkfin() {
        return TemplateJson.canonical(TemplateJson.readResource("/meridian/templates/sharkfin.json"));
    }

    /** The sharkfin with its first test case expecting one more unit of pv: a different definition. */
    static String sharkfinWithWrongExpectation() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(sharkfin());
        ObjectNode expected = (ObjectNode) ((ArrayNode) root.get("testCases")).get(0).get("expected");
        expected.put("pv", expected.get("pv").doubleValue() + 1.0);
        return JSON.writeValueAsString(root);
    }

    private static StructureTemplateState applyAll(StructureTemplateState state, Decision<StructureTemplateEvent> decision) {
        StructureTemplateState next = state;
        assertInstanceOf(Decision.Accept.class, decision, decision.toString());
        for (StructureTemplateEvent event : ((Decision.Accept<StructureTemplateEvent>) decision).events()) {
            next = StructureTemplates.apply(next, event);
        }
        return next;
    }

    private static List<TestRun> runs(StructureTemplateState state, int version, double... pvs) {
        var cases = TemplateJson.parse(state.version(version).orElseThrow().definition()).testCases();
        return java.util.stream.IntStream.range(0, cases.size())
                .mapToObj(i -> TestRun.priced(cases.get(i).name(), pvs[i], 0.0)).toList();
    }

    @Test
    void aSubmittedDefinitionBecomesThePendingNextVersionWithItsHash() {
        var decision = StructureTemplates.submit(StructureTemplateState.initial(), "SHARKFIN", sharkfin(), RISK, NOW);
        var event = (TemplateVersionSubmitted) ((Decision.Accept<StructureTemplateEvent>) decision).events().get(0);
        assertEquals(1, event.version());
        assertEquals(TemplateRegistry.hash(TemplateJson.parse(sharkfin())), event.hash());
        assertEquals("galaxy", event.tenant());
        StructureTemplateState state = StructureTemplates.apply(StructureTemplateState.initial(), event);
        VersionRecord v1 = state.version(1).orElseThrow();
        assertEquals(VersionStatus.PENDING, v1.status());
        assertEquals("rita", v1.submittedBy());
        assertEquals(sharkfin(), v1.definition());
    }

    @Test
    void theSameDefinitionAgainIsTheSameVersionAndAnotherIsTheNext() throws Exception {
        StructureTemplateState state = applyAll(StructureTemplateState.initial(),
                StructureTemplates.submit(StructureTemplateState.initial(), "SHARKFIN", sharkfin(), RISK, NOW));
        var again = StructureTemplates.submit(state, "SHARKFIN", sharkfin(), RISK, NOW);
        assertTrue(((Decision.Accept<StructureTemplateEvent>) again).events().isEmpty());
        state = applyAll(state, StructureTemplates.submit(state, "SHARKFIN", sharkfinWithWrongExpectation(), RISK, NOW));
        assertEquals(2, state.versions().size());
        assertNotEquals(state.version(1).orElseThrow().hash(), state.version(2).orElseThrow().hash());
    }

    @Test
    void aDefinitionThatDoesNotCompileOrIsNamedOtherwiseIsRefused() {
        String broken = sharkfin().replace("pay notional * rebatePct / 100 on expiry", "pay notional * rebatePct / 100");
        var decision = StructureTemplates.submit(StructureTemplateState.initial(), "SHARKFIN", broken, RISK, NOW);
        assertTrue(((Decision.Reject<StructureTemplateEvent>) decision).reason().contains("script: line"), decision.toString());
        var misnamed = StructureTemplates.submit(StructureTemplateState.initial(), "SNOWBALL", sharkfin(), RISK, NOW);
        assertTrue(((Decision.Reject<StructureTemplateEvent>) misnamed).reason().contains("named SHARKFIN"));
    }

    @Test
    void passingRunsAcceptTheVersionAndItIsDecidedForGood() {
        StructureTemplateState state = applyAll(StructureTemplateState.initial(),
                StructureTemplates.submit(StructureTemplateState.initial(), "SHARKFIN", sharkfin(), RISK, NOW));
        String hash = state.version(1).orElseThrow().hash();
        // Within each case's tolerance (0.01) of the expected pv.
        var decision = StructureTemplates.recordTests(state, 1, hash, runs(state, 1, 9900.665, 19603.97, 48285.30), RISK, NOW);
        var validated = (TemplateVersionValidated) ((Decision.Accept<StructureTemplateEvent>) decision).events().get(0);
        assertTrue(validated.results().stream().allMatch(TestOutcome::passed));
        state = StructureTemplates.apply(state, validated);
        assertEquals(VersionStatus.ACCEPTED, state.version(1).orElseThrow().status());
        assertSame(state.version(1).orElseThrow(), StructureTemplates.forPricing(state, "SHARKFIN", 1, "product.version"));

        var again = StructureTemplates.recordTests(state, 1, hash, runs(state, 1, 9900.665, 19603.97, 48285.30), RISK, NOW);
        String reason = ((Decision.Reject<StructureTemplateEvent>) again).reason();
        assertTrue(reason.contains("in state ACCEPTED"), reason);
    }

    @Test
    void theEntityDecidesPassOrFailFromTheDefinitionNotTheRunner() {
        StructureTemplateState state = applyAll(StructureTemplateState.initial(),
                StructureTemplates.submit(StructureTemplateState.initial(), "SHARKFIN", sharkfin(), RISK, NOW));
        String hash = state.version(1).orElseThrow().hash();
        List<TestRun> runs = List.of(runs(state, 1, 9900.7, 0, 0).get(0),   // 0.037 off: outside 0.01
                TestRun.priced(runs(state, 1, 0, 0, 0).get(1).name(), 19603.97, 0.0),
                TestRun.failed(runs(state, 1, 0, 0, 0).get(2).name(), "terms.barrierPct: must be beyond strikePct"));
        var decision = StructureTemplates.recordTests(state, 1, hash, runs, RISK, NOW);
        var rejected = (TemplateVersionRejected) ((Decision.Accept<StructureTemplateEvent>) decision).events().get(0);
        assertFalse(rejected.results().get(0).passed());
        assertTrue(rejected.results().get(0).failure().startsWith("pv 9900.7 is not within 0.01 of 9900.66"),
                rejected.results().get(0).failure());
        assertTrue(rejected.results().get(1).passed());
        assertEquals("terms.barrierPct: must be beyond strikePct", rejected.results().get(2).failure());
        state = StructureTemplates.apply(state, rejected);
        assertEquals(VersionStatus.REJECTED, state.version(1).orElseThrow().status());

        StructureTemplateState decided = state;
        var refused = assertThrows(TemplateVersionStateException.class,
                () -> StructureTemplates.forPricing(decided, "SHARKFIN", 1, "product.version"));
        assertTrue(refused.getMessage().contains("in state REJECTED"), refused.getMessage());
    }

    @Test
    void runsForAnotherDefinitionOrOtherCasesOrAMissingVersionAreRefused() {
        StructureTemplateState state = applyAll(StructureTemplateState.initial(),
                StructureTemplates.submit(StructureTemplateState.initial(), "SHARKFIN", sharkfin(), RISK, NOW));
        String hash = state.version(1).orElseThrow().hash();
        List<TestRun> good = runs(state, 1, 9900.665, 19603.97, 48285.30);
        assertInstanceOf(Decision.Reject.class, StructureTemplates.recordTests(state, 1, "0".repeat(64), good, RISK, NOW));
        assertInstanceOf(Decision.Reject.class, StructureTemplates.recordTests(state, 1, hash, good.subList(0, 2), RISK, NOW));
        var missing = StructureTemplates.recordTests(state, 2, hash, good, RISK, NOW);
        assertTrue(((Decision.Reject<StructureTemplateEvent>) missing).reason().contains("no version 2 of SHARKFIN"));
        var pending = assertThrows(TemplateVersionStateException.class,
                () -> StructureTemplates.forPricing(state, "SHARKFIN", 1, "product.version"));
        assertTrue(pending.getMessage().contains("in state PENDING"));
        var unknown = assertThrows(ValidationException.class,
                () -> StructureTemplates.forPricing(state, "SHARKFIN", 3, "product.version"));
        assertEquals("product.version", unknown.errors().get(0).field());
    }
}

package meridian.write.template;

import com.typesafe.config.ConfigFactory;
import meridian.domain.common.Caller;
import meridian.domain.template.TemplateJson;
import meridian.domain.template.TemplateTestCase;
import meridian.domain.template.VersionStatus;
import meridian.domain.template.lifecycle.StructureTemplateEvent;
import meridian.domain.template.lifecycle.StructureTemplateState;
import meridian.domain.template.lifecycle.TestRun;
import meridian.domain.template.lifecycle.VersionRecord;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StructureTemplateEntityTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final Caller RISK = new Caller("rita", "galaxy");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final String SHARKFIN = TemplateJson.canonical(TemplateJson.readResource("/meridian/templates/sharkfin.json"));

    private EventSourcedBehaviorTestKit<StructureTemplateEntity.Command, StructureTemplateEvent, StructureTemplateState> kit;

    @BeforeEach
    void setUp() {
        // Serialization of commands, events and state is verified on every step (the test kit's default).
        kit = EventSourcedBehaviorTestKit.create(TEST_KIT.system(),
                StructureTemplateEntity.create(StructureTemplateEntity.entityId("galaxy", "SHARKFIN"), CLOCK));
    }

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    private static List<TestRun> runs(double... pvs) {
        List<TemplateTestCase> cases = TemplateJson.parse(SHARKFIN).testCases();
        return java.util.stream.IntStream.range(0, cases.size())
                .mapToObj(i -> TestRun.priced(cases.get(i).name(), pvs[i], 0.0)).toList();
    }

    private VersionRecord submit(String definition, boolean created) {
        var result = kit.<CommandReply<StructureTemplateEntity.Submission>>runCommand(
                r -> new StructureTemplateEntity.SubmitVersion(definition, RISK, r));
        var accepted = assertInstanceOf(CommandReply.Accepted.class, result.reply());
        var submission = (StructureTemplateEntity.Submission) accepted.summary();
        assertEquals(created, submission.created());
        assertEquals(created, result.hasNoEvents() == false);
        return submission.version();
    }

    @Test
    void aVersionIsPersistedTaggedAndAcceptedWhenItsTestsPass() {
        VersionRecord v1 = submit(SHARKFIN, true);
        assertEquals(1, v1.version());
        assertEquals(VersionStatus.PENDING, v1.status());
        assertTrue(StructureTemplateEntity.TAGS.all().contains(StructureTemplateEntity.TAGS.tagFor("galaxy:SHARKFIN")));

        var result = kit.<CommandReply<VersionRecord>>runCommand(r -> new StructureTemplateEntity.RecordTestRuns(
                1, v1.hash(), runs(9900.663347, 19603.973466, 48285.300165), RISK, r));
        assertInstanceOf(StructureTemplateEvent.TemplateVersionValidated.class, result.event());
        var decided = (VersionRecord) assertInstanceOf(CommandReply.Accepted.class, result.reply()).summary();
        assertEquals(VersionStatus.ACCEPTED, decided.status());
        assertEquals("rita", decided.decidedBy());
        assertEquals(VersionStatus.ACCEPTED, kit.restart().state().version(1).orElseThrow().status());
    }

    @Test
    void theSameDefinitionIsNotAnotherVersionAndADecidedVersionIsNotDecidedAgain() {
        VersionRecord v1 = submit(SHARKFIN, true);
        assertEquals(v1, submit(SHARKFIN, false));

        var failing = kit.<CommandReply<VersionRecord>>runCommand(r -> new StructureTemplateEntity.RecordTestRuns(
                1, v1.hash(), runs(1, 19603.973466, 48285.300165), RISK, r));
        assertInstanceOf(StructureTemplateEvent.TemplateVersionRejected.class, failing.event());

        var again = kit.<CommandReply<VersionRecord>>runCommand(r -> new StructureTemplateEntity.RecordTestRuns(
                1, v1.hash(), runs(9900.663347, 19603.973466, 48285.300165), RISK, r));
        assertTrue(again.hasNoEvents());
        var rejected = assertInstanceOf(CommandReply.Rejected.class, again.reply());
        assertTrue(rejected.reason().contains("in state REJECTED"), rejected.reason());
    }

    @Test
    void aBrokenDefinitionOrAnotherTenantIsRefusedWithoutEvents() {
        var broken = kit.<CommandReply<StructureTemplateEntity.Submission>>runCommand(r -> new StructureTemplateEntity.SubmitVersion(
                SHARKFIN.replace("on expiry", ""), RISK, r));
        assertTrue(broken.hasNoEvents());
        assertInstanceOf(CommandReply.Rejected.class, broken.reply());
        var foreign = kit.<CommandReply<StructureTemplateEntity.Submission>>runCommand(r -> new StructureTemplateEntity.SubmitVersion(
                SHARKFIN, new Caller("olga", "orion"), r));
        assertTrue(foreign.hasNoEvents());
        assertInstanceOf(CommandReply.Rejected.class, foreign.reply());
        assertFalse(kit.getState().exists());
    }
}

package meridian.write.security;

import com.typesafe.config.ConfigFactory;
import meridian.domain.common.Caller;
import meridian.domain.security.Security;
import meridian.domain.security.SecurityEvent;
import meridian.domain.security.SecurityState;
import meridian.domain.security.SecurityType;
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

class SecurityEntityTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final Caller ADMIN = new Caller("root", "galaxy");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private final Security catl = new Security("300750.SZ", "宁德时代", SecurityType.STOCK, List.of("CATL"));
    private EventSourcedBehaviorTestKit<SecurityEntity.Command, SecurityEvent, SecurityState> kit;

    @BeforeEach
    void setUp() {
        // Serialization of commands, events and state is verified on every step (the test kit's default).
        kit = EventSourcedBehaviorTestKit.create(TEST_KIT.system(),
                SecurityEntity.create(SecurityEntity.entityId("galaxy", catl.code()), CLOCK));
    }

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    @Test
    void listingPersistsAnEventTaggedForTheProjectionAndReplies() {
        var result = kit.<CommandReply<SecurityState>>runCommand(r -> new SecurityEntity.ListSecurity(catl, ADMIN, r));
        assertEquals(new SecurityEvent.SecurityListed("galaxy", catl, "root", CLOCK.instant()), result.event());
        var accepted = assertInstanceOf(CommandReply.Accepted.class, result.reply());
        assertEquals(new SecurityState.Listed("galaxy", catl), accepted.summary());
        assertTrue(SecurityEntity.TAGS.all().contains(SecurityEntity.TAGS.tagFor("galaxy:300750.SZ")));
    }

    @Test
    void stateSurvivesARestartOfTheEntity() {
        kit.<CommandReply<SecurityState>>runCommand(r -> new SecurityEntity.ListSecurity(catl, ADMIN, r));
        Security amended = new Security("300750.SZ", "宁德时代", SecurityType.STOCK, List.of("CATL", "宁王"));
        kit.<CommandReply<SecurityState>>runCommand(r -> new SecurityEntity.AmendSecurity(amended, ADMIN, r));
        var restarted = kit.restart();
        assertEquals(new SecurityState.Listed("galaxy", amended), restarted.state());
    }

    @Test
    void refusedCommandsPersistNothingAndNameTheState() {
        var result = kit.<CommandReply<SecurityState>>runCommand(r -> new SecurityEntity.DelistSecurity(ADMIN, r));
        assertTrue(result.hasNoEvents());
        var rejected = assertInstanceOf(CommandReply.Rejected.class, result.reply());
        assertTrue(rejected.reason().contains("Unlisted"), rejected.reason());
    }

    @Test
    void aNonSerializableEventFailsTheSerializationCheck() {
        var notSerializable = new Object() { };
        assertThrows(Throwable.class, () -> TEST_KIT.serializationTestKit().verifySerialization(notSerializable, false));
        TEST_KIT.serializationTestKit().verifySerialization(
                new SecurityEvent.SecurityListed("galaxy", catl, "root", CLOCK.instant()), true);
    }
}

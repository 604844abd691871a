package meridian.write.deal;

import com.typesafe.config.ConfigFactory;
import meridian.domain.common.Caller;
import meridian.domain.deal.Deal;
import meridian.domain.deal.DealEvent;
import meridian.domain.deal.DealTerms;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DealEntityTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    @Test
    void aBookedDealKeepsItsExactTermsAcrossARestartAndARetryAddsNothing() {
        var kit = EventSourcedBehaviorTestKit.<DealEntity.Command, DealEvent, Deal>create(TEST_KIT.system(),
                DealEntity.create(DealEntity.entityId("galaxy", "d1"), CLOCK));
        DealTerms terms = new DealTerms("SNOWBALL", "builtin:SNOWBALL", "000905.SH", LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 24), LocalDate.of(2027, 11, 24), new BigDecimal("5000000.00"), "CNY", "COUPON",
                new BigDecimal("15.20"), "client-7", "r1", Map.of("knockOutPct", new BigDecimal("103"), "knockInPct", new BigDecimal("75")),
                "{\"type\":\"SNOWBALL\"}");
        Caller trader = new Caller("tom", "galaxy");

        var booked = kit.<CommandReply<Deal>>runCommand(r -> new DealEntity.BookDeal("d1", terms, trader, r));
        assertInstanceOf(DealEvent.DealBooked.class, booked.event());
        var retry = kit.<CommandReply<Deal>>runCommand(r -> new DealEntity.BookDeal("d1", terms, trader, r));
        assertTrue(retry.hasNoEvents());
        assertInstanceOf(CommandReply.Accepted.class, retry.reply());

        Deal restarted = kit.restart().state();
        assertEquals("Booked", restarted.status());
        assertEquals(new BigDecimal("15.20"), restarted.terms().pricePct());
        assertEquals(terms, restarted.terms());
    }
}

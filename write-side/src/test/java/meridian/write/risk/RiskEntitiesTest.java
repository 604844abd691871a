package meridian.write.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import meridian.domain.common.Caller;
import meridian.domain.risk.ContractResult;
import meridian.domain.risk.MarketDataEvent;
import meridian.domain.risk.MarketQuote;
import meridian.domain.risk.MarketSnapshot;
import meridian.domain.risk.RiskRun;
import meridian.domain.risk.RiskRunEvent;
import meridian.domain.risk.RiskRunSummary;
import meridian.domain.risk.RunContract;
import meridian.domain.risk.SkippedContract;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The risk run and market data entities; the test kit also checks every command, event and state serializes. */
class RiskEntitiesTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    @Test
    void aRunRecordsItsBookMarketBatchesAndDurationAcrossARestart() {
        var kit = EventSourcedBehaviorTestKit.<RiskRunEntity.Command, RiskRunEvent, RiskRun>create(TEST_KIT.system(),
                RiskRunEntity.create(RiskRunEntity.entityId("galaxy", "R1"), CLOCK));
        var started = new RiskRunEvent.RiskRunStarted("R1", "galaxy", "ON_DEMAND", "rita", LocalDate.of(2026, 1, 5),
                2000, 7L, 2, List.of(new RunContract("D1", "000300.SH", "client-1"), new RunContract("D2", "000905.SH", "client-2")),
                List.of(new SkippedContract("D3", "expired")), List.of(new MarketQuote("000300.SH", 100, 0.2, 0.02, 0.01)),
                CLOCK.instant().minusSeconds(3));
        var reply = kit.<CommandReply<RiskRunSummary>>runCommand(r -> new RiskRunEntity.StartRun(started, r));
        var accepted = assertInstanceOf(CommandReply.Accepted.class, reply.reply());
        assertEquals(new RiskRunSummary("R1", RiskRun.RUNNING, LocalDate.of(2026, 1, 5), 2, 1, 0, 2000, started.skipped(),
                started.market()), accepted.summary());
        List<ContractResult> results = List.of(new ContractResult("D1", 1234.56, 10, 0.5, 0.01, 20, -3, 4),
                new ContractResult("D2", -99.5, 8, -0.4, 0.02, 30, -2, 1));
        kit.<CommandReply<RiskRunSummary>>runCommand(r -> new RiskRunEntity.RecordBatch(0, "worker-1", "cpu", results, r));
        assertTrue(kit.<CommandReply<RiskRunSummary>>runCommand(r -> new RiskRunEntity.RecordBatch(0, "worker-2", "cpu", results, r))
                .hasNoEvents());
        var completed = kit.<CommandReply<RiskRunSummary>>runCommand(RiskRunEntity.CompleteRun::new);
        assertEquals(new RiskRunEvent.RiskRunCompleted("R1", "galaxy", 3000, CLOCK.instant()), completed.event());

        RiskRun restarted = kit.restart().state();
        assertEquals(RiskRun.COMPLETED, restarted.status());
        assertEquals(started, restarted.started());
        assertEquals(3000L, restarted.durationMs());
    }

    @Test
    void marketQuotesAreRecordedAndTheLatestWins() {
        var kit = EventSourcedBehaviorTestKit.<MarketDataEntity.Command, MarketDataEvent, MarketSnapshot>create(TEST_KIT.system(),
                MarketDataEntity.create("galaxy", CLOCK));
        Caller trader = new Caller("tom", "galaxy");
        kit.<CommandReply<MarketSnapshot>>runCommand(r -> new MarketDataEntity.QuoteMarket(
                List.of(new MarketQuote("000300.SH", 100, 0.2, 0.02, 0)), trader, r));
        var second = kit.<CommandReply<MarketSnapshot>>runCommand(r -> new MarketDataEntity.QuoteMarket(
                List.of(new MarketQuote("000300.SH", 101, 0.21, 0.02, 0)), trader, r));
        assertInstanceOf(MarketDataEvent.MarketQuoted.class, second.event());
        MarketSnapshot restarted = kit.restart().state();
        assertEquals(101, restarted.quotes().get("000300.SH").spot());
    }
}

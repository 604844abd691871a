package meridian.write.rfq;

import com.typesafe.config.ConfigFactory;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqEvent;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;
import meridian.domain.rfq.reply.AcceptanceIntent;
import meridian.write.common.CommandReply;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class RfqEntityTest {

    private static final ActorTestKit TEST_KIT = ActorTestKit.create(
            EventSourcedBehaviorTestKit.config().withFallback(ConfigFactory.load()));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private EventSourcedBehaviorTestKit<RfqEntity.Message, RfqEvent, Rfq> kit;

    @BeforeEach
    void setUp() {
        kit = EventSourcedBehaviorTestKit.create(TEST_KIT.system(), RfqEntity.create(RfqEntity.entityId("galaxy", "r1"), CLOCK));
    }

    @AfterAll
    static void tearDown() {
        TEST_KIT.shutdownTestKit();
    }

    private CommandReply<Rfq> send(RfqCommand command) {
        return kit.<CommandReply<Rfq>>runCommand(reply -> new RfqEntity.Command(command, reply)).reply();
    }

    @Test
    void aQuoteGoesFromMessageToBookingAndSurvivesARestart() {
        send(new RfqCommand.Receive("r1", "galaxy", "g1", "client-7", "m1", "宁德 1M ATM call 报个价"));
        send(new RfqCommand.RecordParse(List.of(RfqLeg.of("300750.SZ", Structure.VANILLA, Tenor.parse("1M")))));
        send(new RfqCommand.RecordQuotes(List.of(new LegQuote(0, new BigDecimal("4.35"))), false));
        send(new RfqCommand.Approve("tom", List.of()));
        send(new RfqCommand.RecordSent("宁德时代 1M ATM call 报 4.35%", CLOCK.instant().plusSeconds(60)));
        send(new RfqCommand.ClientReplied("m2", AcceptanceIntent.ACCEPT));
        CommandReply<Rfq> booked = send(new RfqCommand.RecordBooking(List.of("d-1")));

        Rfq state = assertInstanceOf(CommandReply.Accepted.class, booked).summary() instanceof Rfq r ? r : null;
        assertEquals(RfqStatus.BOOKED, state.status());
        assertEquals(state, kit.restart().state());
    }

    @Test
    void aRefusedCommandPersistsNothingAndSaysWhy() {
        var result = kit.<CommandReply<Rfq>>runCommand(reply -> new RfqEntity.Command(new RfqCommand.Approve("tom", List.of()), reply));
        assertTrue(result.hasNoEvents());
        assertTrue(assertInstanceOf(CommandReply.Rejected.class, result.reply()).reason().contains("state NEW"));
    }

    @Test
    void aSentQuoteExpiresByItselfAndTheTimerIsArmedAgainAfterARestart() throws Exception {
        LiveRfq rfq = pricedOnTheLiveClock("r-exp", true, null);
        rfq.send(new RfqCommand.RecordSent("宁德时代 1M ATM call 报 4.35%", Instant.now().plusMillis(800)));

        assertEquals(RfqStatus.EXPIRED, rfq.restartAndAwaitTheEndOf(RfqStatus.SENT));
    }

    @Test
    void aPriceNoTraderApprovesLapsesByItselfAndTheTimerIsArmedAgainAfterARestart() throws Exception {
        LiveRfq rfq = pricedOnTheLiveClock("r-lapse", false, Instant.now().plusMillis(800));

        assertEquals(RfqStatus.EXPIRED, rfq.restartAndAwaitTheEndOf(RfqStatus.PENDING_APPROVAL));
        CommandReply<Rfq> tooLate = rfq.send(new RfqCommand.Approve("tom", List.of()));
        assertTrue(assertInstanceOf(CommandReply.Rejected.class, tooLate).reason().contains("state EXPIRED"));
    }

    /** An RFQ entity on the system clock, so that its timers fire. */
    private record LiveRfq(EventSourcedBehaviorTestKit<RfqEntity.Message, RfqEvent, Rfq> kit) {

        CommandReply<Rfq> send(RfqCommand command) {
            return kit.<CommandReply<Rfq>>runCommand(reply -> new RfqEntity.Command(command, reply)).reply();
        }

        /** Restarts the entity in {@code status} and waits up to 5 s for it to leave that status by itself. */
        RfqStatus restartAndAwaitTheEndOf(RfqStatus status) throws InterruptedException {
            assertEquals(status, kit.restart().state().status());
            long deadline = System.currentTimeMillis() + 5000;
            while (kit.getState().status() == status && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            return kit.getState().status();
        }
    }

    private static LiveRfq pricedOnTheLiveClock(String rfqId, boolean autoApprove, Instant approveBy) {
        LiveRfq rfq = new LiveRfq(EventSourcedBehaviorTestKit.create(TEST_KIT.system(),
                RfqEntity.create(RfqEntity.entityId("galaxy", rfqId), Clock.systemUTC())));
        rfq.send(new RfqCommand.Receive(rfqId, "galaxy", "g1", "client-7", "m1", "宁德 1M ATM call"));
        rfq.send(new RfqCommand.RecordParse(List.of(RfqLeg.of("300750.SZ", Structure.VANILLA, Tenor.parse("1M")))));
        rfq.send(new RfqCommand.RecordQuotes(List.of(new LegQuote(0, new BigDecimal("4.35"))), autoApprove, approveBy));
        return rfq;
    }

    @Test
    void aQuoteIsNotExpiredWhileItIsValid() {
        var result = kit.<CommandReply<Rfq>>runCommand(reply -> new RfqEntity.Command(new RfqCommand.Expire(), reply));
        assertTrue(assertInstanceOf(CommandReply.Rejected.class, result.reply()).reason().contains("state NEW"));
        send(new RfqCommand.Receive("r1", "galaxy", "g1", "client-7", "m1", "宁德 1M ATM call"));
        send(new RfqCommand.RecordParse(List.of(RfqLeg.of("300750.SZ", Structure.VANILLA, Tenor.parse("1M")))));
        send(new RfqCommand.RecordQuotes(List.of(new LegQuote(0, new BigDecimal("4.35"))), true));
        send(new RfqCommand.RecordSent("q", CLOCK.instant().plusSeconds(60)));
        CommandReply<Rfq> early = send(new RfqCommand.Expire());
        assertTrue(assertInstanceOf(CommandReply.Rejected.class, early).reason().contains("valid until"));
    }

    @Test
    void anAnswerThatOvertakesTheSentRecordIsHeldUntilTheQuoteIsRecordedAsSent() {
        Clock live = Clock.systemUTC();
        CompletableFuture<Void> sending = new CompletableFuture<>();
        CompletableFuture<Optional<RfqCommand>> sent = new CompletableFuture<>();
        RfqDesk desk = new RfqDesk() {
            @Override
            public CompletionStage<Optional<RfqCommand>> next(Rfq rfq) {
                switch (rfq.status()) {
                    case RECEIVED:
                        return CompletableFuture.completedFuture(Optional.of(new RfqCommand.RecordParse(
                                List.of(RfqLeg.of("300750.SZ", Structure.VANILLA, Tenor.parse("1M"))))));
                    case PARSED:
                        return CompletableFuture.completedFuture(Optional.of(new RfqCommand.RecordQuotes(
                                List.of(new LegQuote(0, new BigDecimal("4.35"))), true)));
                    case APPROVED:
                        sending.complete(null);
                        return sent;
                    default:
                        return CompletableFuture.completedFuture(Optional.empty());
                }
            }

            @Override
            public void announce(Rfq rfq, RfqEvent event) {
            }
        };
        var entity = TEST_KIT.spawn(RfqEntity.create(RfqEntity.entityId("galaxy", "r-fast"), live, desk));
        TestProbe<CommandReply<Rfq>> received = TEST_KIT.createTestProbe();
        entity.tell(new RfqEntity.Command(new RfqCommand.Receive("r-fast", "galaxy", "g1", "client-7", "m1", "宁德 1M ATM call"),
                received.ref()));
        received.expectMessageClass(CommandReply.Accepted.class);
        sending.orTimeout(5, TimeUnit.SECONDS).join();

        TestProbe<CommandReply<Rfq>> answer = TEST_KIT.createTestProbe();
        entity.tell(new RfqEntity.Command(new RfqCommand.ClientReplied("m2", AcceptanceIntent.ACCEPT), answer.ref()));
        answer.expectNoMessage(Duration.ofMillis(300));
        sent.complete(Optional.of(new RfqCommand.RecordSent("宁德时代 1M ATM call 报 4.35%", live.instant().plusSeconds(60))));

        CommandReply<Rfq> accepted = answer.receiveMessage(Duration.ofSeconds(5));
        assertEquals(RfqStatus.ACCEPTED, assertInstanceOf(CommandReply.Accepted.class, accepted).summary() instanceof Rfq r
                ? r.status() : null);
    }

    @Test
    void theDesksImmediateStepIsStoredInTheSameWriteAsTheEventThatLedToIt() {
        List<RfqLeg> legs = List.of(RfqLeg.of("300750.SZ", Structure.VANILLA, Tenor.parse("1M")));
        RfqDesk reader = new RfqDesk() {
            @Override
            public Optional<RfqCommand> immediate(Rfq rfq) {
                return rfq.status() == RfqStatus.RECEIVED ? Optional.of(new RfqCommand.RecordParse(legs)) : Optional.empty();
            }

            @Override
            public CompletionStage<Optional<RfqCommand>> next(Rfq rfq) {
                return CompletableFuture.completedFuture(Optional.empty());
            }

            @Override
            public void announce(Rfq rfq, RfqEvent event) {
            }
        };
        var entity = EventSourcedBehaviorTestKit.<RfqEntity.Message, RfqEvent, Rfq>create(TEST_KIT.system(),
                RfqEntity.create(RfqEntity.entityId("galaxy", "r-now"), CLOCK, reader));
        var result = entity.<CommandReply<Rfq>>runCommand(reply -> new RfqEntity.Command(
                new RfqCommand.Receive("r-now", "galaxy", "g1", "client-7", "m1", "宁德 1M ATM call"), reply));

        assertEquals(2, result.events().size());
        assertInstanceOf(RfqEvent.RfqReceived.class, result.events().get(0));
        assertEquals(legs, assertInstanceOf(RfqEvent.RfqParsed.class, result.events().get(1)).legs());
        assertEquals(RfqStatus.PARSED, assertInstanceOf(CommandReply.Accepted.class, result.reply()).summary() instanceof Rfq r
                ? r.status() : null);
        assertEquals(RfqStatus.PARSED, entity.restart().state().status());
    }
}

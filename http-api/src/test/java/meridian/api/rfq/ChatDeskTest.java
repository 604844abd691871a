package meridian.api.rfq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import meridian.domain.rfq.desk.LegPricer;
import meridian.domain.rfq.flow.Rfq;
import meridian.domain.rfq.flow.RfqCommand;
import meridian.domain.rfq.flow.RfqStatus;
import meridian.domain.rfq.parse.CsvUnderlyingDirectory;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.RfqParser;
import meridian.domain.rfq.parse.Side;
import meridian.domain.rfq.parse.SolveFor;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;
import meridian.domain.rfq.reply.QuoteReplyFormatter;
import meridian.pricing.LocalPricingGateway;
import meridian.pricing.PricingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The desk's decisions that need no store: reading the message, and who gets no price. */
class ChatDeskTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(1);
    private static final RfqSettings SETTINGS = RfqSettings.from(ConfigFactory.load());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC);
    private static final ChatDesk DESK = new ChatDesk(SETTINGS, new RfqParser(CsvUnderlyingDirectory.fromClasspath()),
            new LegPricer(new LocalPricingGateway(new PricingService(), POOL), SETTINGS.rules(), SETTINGS.market(), c -> true),
            new QuoteReplyFormatter(CsvUnderlyingDirectory.fromClasspath()), new LogQuoteChannel(), null, null, null, null,
            CLOCK, Duration.ofSeconds(5), new RfqTimings());

    @AfterAll
    static void stop() {
        POOL.shutdown();
    }

    @Test
    void aReceivedMessageIsReadIntoLegs() {
        Optional<RfqCommand> next = DESK.next(rfq(RfqStatus.RECEIVED, "unbound:wang", "宁德时代 1个月 平值看涨 1000万", List.of()))
                .toCompletableFuture().join();
        RfqCommand.RecordParse parsed = assertInstanceOf(RfqCommand.RecordParse.class, next.orElseThrow());
        assertEquals(1, parsed.legs().size());
        assertEquals("300750.SZ", parsed.legs().get(0).underlying());
        assertEquals(Structure.VANILLA, parsed.legs().get(0).structure());
    }

    @Test
    void aGroupBoundToNoClientIsRefusedWithoutAPrice() {
        Optional<RfqCommand> next = DESK.next(rfq(RfqStatus.PARSED, ChatDesk.UNBOUND + "wang", "宁德 1M ATM call",
                List.of(LegPricerTest.leg(Structure.VANILLA, Side.CLIENT_BUY, SolveFor.PREMIUM, Tenor.months(1)))))
                .toCompletableFuture().join();
        RfqCommand.RefuseClient refused = assertInstanceOf(RfqCommand.RefuseClient.class, next.orElseThrow());
        assertTrue(refused.reason().contains("bound to no KYC case"), refused.reason());
    }

    @Test
    void aClientNotApprovedOrOverItsLimitGetsAReasonAndOneWithinItGetsNone() {
        BigDecimal limit = new BigDecimal("50000000");
        assertTrue(ChatDesk.refusal("K1", false, "SUBMITTED", limit, BigDecimal.ZERO, BigDecimal.TEN).orElseThrow()
                .contains("not an approved counterparty"));
        assertTrue(ChatDesk.refusal("K1", true, "APPROVED", null, BigDecimal.ZERO, BigDecimal.TEN).orElseThrow()
                .contains("no notional limit"));
        assertTrue(ChatDesk.refusal("K1", true, "APPROVED", limit, new BigDecimal("45000000"), new BigDecimal("10000000"))
                .orElseThrow().contains("over the limit"));
        assertEquals(Optional.empty(), ChatDesk.refusal("K1", true, "APPROVED", limit, new BigDecimal("40000000"),
                new BigDecimal("10000000")));
    }

    private static Rfq rfq(RfqStatus status, String client, String text, List<RfqLeg> legs) {
        return new Rfq(status, "RFQ-1", "galaxy", "g1", client, text, legs, List.of(), CLOCK.instant(), null, null, List.of());
    }
}

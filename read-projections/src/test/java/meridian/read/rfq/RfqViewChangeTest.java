package meridian.read.rfq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import meridian.domain.rfq.flow.LegQuote;
import meridian.domain.rfq.flow.RfqEvent;
import meridian.domain.rfq.flow.RfqStatus;
import org.junit.jupiter.api.Test;

class RfqViewChangeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant RECEIVED = Instant.parse("2026-11-23T16:30:00Z");

    @Test
    void anRfqReceivedParsedAndPricedTogetherIsOneRowWithEveryColumnAndTheLastStatus() {
        RfqViewChange change = fold(
                new RfqEvent.RfqReceived("RFQ-1", "galaxy", "grp-1", "KYC-1", "m-1", "@bot 宁德 1M call", RECEIVED),
                new RfqEvent.RfqParsed(List.of(), RECEIVED),
                new RfqEvent.QuotesPriced(List.of(new LegQuote(0, new BigDecimal("4.35"))), false, null, RECEIVED.plusMillis(40)));

        assertEquals("galaxy", change.tenant);
        assertEquals("RFQ-1", change.rfqId);
        assertEquals(List.of("group_id", "client_id", "message_text", "received_at", "legs", "quotes", "priced_at",
                "auto_approved"), List.copyOf(change.columns.keySet()));
        assertEquals("[{\"leg\":0,\"valuePct\":4.35}]", change.columns.get("quotes"));
        assertEquals(RfqStatus.PENDING_APPROVAL, change.status);
        assertEquals(RECEIVED.plusMillis(40), change.updatedAt);
        assertEquals("grp-1", change.groupId);
        assertEquals(LocalDate.of(2026, 11, 24), change.day, "filed on the desk's day: 00:30 in Shanghai");
        assertNull(change.validUntil);
    }

    @Test
    void laterEventsWinAndOnlyAQuoteAwaitingTheClientHasAValidity() {
        Instant sent = RECEIVED.plusSeconds(5);
        RfqViewChange waiting = fold(new RfqEvent.QuoteSent("报 4.35%", sent.plusSeconds(60), sent));
        assertEquals(RfqStatus.SENT, waiting.status);
        assertEquals(sent.plusSeconds(60), waiting.validUntil);
        assertNull(waiting.groupId, "not received in this group: rfq_by_group and rfq_by_day are left alone");

        RfqViewChange expired = fold(new RfqEvent.QuoteSent("报 4.35%", sent.plusSeconds(60), sent),
                new RfqEvent.QuoteExpired(sent.plusSeconds(60)));
        assertEquals(RfqStatus.EXPIRED, expired.status);
        assertNull(expired.validUntil);
        assertEquals(sent.plusSeconds(60), expired.columns.get("closed_at"));
        assertEquals(true, expired.status.closed());
    }

    @Test
    void aPriceAwaitingApprovalHoldsUntilItsDeadlineAndLapsesIntoAClosedRfq() {
        Instant priced = RECEIVED.plusMillis(40);
        Instant approveBy = priced.plusSeconds(300);
        RfqViewChange waiting = fold(new RfqEvent.QuotesPriced(List.of(new LegQuote(0, BigDecimal.ONE)), false, approveBy, priced));
        assertEquals(RfqStatus.PENDING_APPROVAL, waiting.status);
        assertEquals(approveBy, waiting.validUntil);
        assertEquals(approveBy, waiting.columns.get("valid_until"));

        RfqViewChange lapsed = fold(new RfqEvent.QuotesPriced(List.of(new LegQuote(0, BigDecimal.ONE)), false, approveBy, priced),
                new RfqEvent.ApprovalLapsed(approveBy, approveBy.plusMillis(60)));
        assertEquals(RfqStatus.EXPIRED, lapsed.status);
        assertNull(lapsed.validUntil, "closed: the row leaves rfq_active");
        assertEquals("not approved by " + approveBy, lapsed.columns.get("outcome"));
        assertEquals(approveBy.plusMillis(60), lapsed.columns.get("closed_at"));
    }

    @Test
    void aTraderRejectionOverwritesTheTraderAndClosesTheRfq() {
        RfqViewChange change = fold(
                new RfqEvent.QuoteApproved("trader.a", List.of(new LegQuote(0, BigDecimal.ONE)), RECEIVED),
                new RfqEvent.QuoteRejected("trader.b", "too wide", RECEIVED.plusSeconds(1)));
        assertEquals("trader.b", change.columns.get("trader"));
        assertEquals("too wide", change.columns.get("outcome"));
        assertEquals(RfqStatus.REJECTED, change.status);
    }

    private static RfqViewChange fold(RfqEvent... events) {
        RfqViewChange change = RfqViewChange.of("Rfq|galaxy:RFQ-1");
        for (RfqEvent event : events) {
            change.apply(event, SHANGHAI);
        }
        return change;
    }
}

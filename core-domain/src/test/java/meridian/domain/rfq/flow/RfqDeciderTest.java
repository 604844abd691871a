package meridian.domain.rfq.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import meridian.domain.common.Decision;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;
import meridian.domain.rfq.reply.AcceptanceIntent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

class RfqDeciderTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant LATER = T0.plusSeconds(10);
    private static final Instant APPROVE_BY = T0.plusSeconds(60);
    private static final Instant AFTER_VALIDITY = T0.plusSeconds(120);
    private static final RfqLeg LEG = RfqLeg.of("300750.SZ", Structure.VANILLA, Tenor.parse("1M"));
    private static final LegQuote QUOTE = new LegQuote(0, new BigDecimal("4.35"));

    private static Rfq run(Rfq rfq, RfqCommand command, Instant at) {
        Decision<RfqEvent> decision = RfqDecider.decide(rfq, command, at);
        Decision.Accept<RfqEvent> accepted = assertInstanceOf(Decision.Accept.class, decision, () -> decision.toString());
        for (RfqEvent event : accepted.events()) {
            rfq = RfqDecider.apply(rfq, event);
        }
        return rfq;
    }

    private static Rfq received() {
        return run(Rfq.EMPTY, new RfqCommand.Receive("r1", "galaxy", "g1", "client-7", "m1", "宁德 1M ATM call 报个价"), T0);
    }

    private static Rfq parsed() {
        return run(received(), new RfqCommand.RecordParse(List.of(LEG)), T0);
    }

    private static Rfq pending() {
        return run(parsed(), new RfqCommand.RecordQuotes(List.of(QUOTE), false, APPROVE_BY), T0);
    }

    private static Rfq approved() {
        return run(pending(), new RfqCommand.Approve("tom", List.of()), T0);
    }

    private static Rfq sent() {
        return run(approved(), new RfqCommand.RecordSent("宁德时代 1M ATM call 报 4.35%", T0.plusSeconds(60)), T0);
    }

    private static Rfq accepted() {
        return run(sent(), new RfqCommand.ClientReplied("m2", AcceptanceIntent.ACCEPT), LATER);
    }

    private static Map<RfqStatus, Supplier<Rfq>> everyState() {
        Map<RfqStatus, Supplier<Rfq>> states = new EnumMap<>(RfqStatus.class);
        states.put(RfqStatus.NEW, () -> Rfq.EMPTY);
        states.put(RfqStatus.RECEIVED, RfqDeciderTest::received);
        states.put(RfqStatus.PARSED, RfqDeciderTest::parsed);
        states.put(RfqStatus.IGNORED, () -> run(received(), new RfqCommand.RecordParse(List.of()), T0));
        states.put(RfqStatus.REFUSED, () -> run(parsed(), new RfqCommand.RefuseClient("KYC not approved"), T0));
        states.put(RfqStatus.PENDING_APPROVAL, RfqDeciderTest::pending);
        states.put(RfqStatus.APPROVED, RfqDeciderTest::approved);
        states.put(RfqStatus.REJECTED, () -> run(pending(), new RfqCommand.Reject("tom", "vol too high"), T0));
        states.put(RfqStatus.SENT, RfqDeciderTest::sent);
        states.put(RfqStatus.ACCEPTED, RfqDeciderTest::accepted);
        states.put(RfqStatus.DECLINED, () -> run(sent(), new RfqCommand.ClientReplied("m2", AcceptanceIntent.DECLINE), LATER));
        states.put(RfqStatus.EXPIRED, () -> run(sent(), new RfqCommand.Expire(), AFTER_VALIDITY));
        states.put(RfqStatus.BOOKED, () -> run(accepted(), new RfqCommand.RecordBooking(List.of("d1")), LATER));
        return states;
    }

    private record Case(RfqCommand command, Instant at, Set<RfqStatus> allowedIn) {

        Case(RfqCommand command, Instant at, RfqStatus allowedIn) {
            this(command, at, Set.of(allowedIn));
        }
    }

    private static List<Case> everyCommand() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(new RfqCommand.Receive("r1", "galaxy", "g1", "c", "m1", "x"), LATER, RfqStatus.NEW));
        cases.add(new Case(new RfqCommand.RecordParse(List.of(LEG)), LATER, RfqStatus.RECEIVED));
        cases.add(new Case(new RfqCommand.RefuseClient("over limit"), LATER, RfqStatus.PARSED));
        cases.add(new Case(new RfqCommand.RecordQuotes(List.of(QUOTE), false), LATER, RfqStatus.PARSED));
        cases.add(new Case(new RfqCommand.Approve("tom", List.of()), LATER, RfqStatus.PENDING_APPROVAL));
        cases.add(new Case(new RfqCommand.Reject("tom", "no"), LATER, RfqStatus.PENDING_APPROVAL));
        cases.add(new Case(new RfqCommand.RecordSent("reply", T0.plusSeconds(70)), LATER, RfqStatus.APPROVED));
        cases.add(new Case(new RfqCommand.ClientReplied("m2", AcceptanceIntent.ACCEPT), LATER, RfqStatus.SENT));
        cases.add(new Case(new RfqCommand.Expire(), AFTER_VALIDITY, Set.of(RfqStatus.PENDING_APPROVAL, RfqStatus.SENT)));
        cases.add(new Case(new RfqCommand.RecordBooking(List.of("d1")), LATER, RfqStatus.ACCEPTED));
        return cases;
    }

    @Test
    void everyCommandIsAllowedInExactlyItsStateAndRefusalsNameTheState() {
        Map<RfqStatus, Supplier<Rfq>> states = everyState();
        assertEquals(RfqStatus.values().length, states.size(), "every state is reachable");
        int checked = 0;
        for (var state : states.entrySet()) {
            Rfq rfq = state.getValue().get();
            assertEquals(state.getKey(), rfq.status());
            for (Case c : everyCommand()) {
                Decision<RfqEvent> decision = RfqDecider.decide(rfq, c.command(), c.at());
                if (c.allowedIn().contains(state.getKey())) {
                    assertInstanceOf(Decision.Accept.class, decision, c.command() + " in " + state.getKey());
                } else {
                    Decision.Reject<RfqEvent> refused = assertInstanceOf(Decision.Reject.class, decision, c.command() + " in " + state.getKey());
                    assertTrue(refused.reason().contains("state " + state.getKey()), refused.reason());
                }
                checked++;
            }
        }
        assertEquals(13 * 10, checked);
    }

    @Test
    void aDeskRuleApprovesWithoutATrader() {
        Rfq rfq = run(parsed(), new RfqCommand.RecordQuotes(List.of(QUOTE), true, APPROVE_BY), T0);
        assertEquals(RfqStatus.APPROVED, rfq.status());
        assertNull(rfq.validUntil(), "no trader is waited for, so nothing lapses");
    }

    @Test
    void aPriceNoTraderApprovesInTimeLapsesAndCanNoLongerBeApproved() {
        assertEquals(APPROVE_BY, pending().validUntil());
        Decision.Reject<RfqEvent> early = assertInstanceOf(Decision.Reject.class, RfqDecider.decide(pending(), new RfqCommand.Expire(), LATER));
        assertTrue(early.reason().contains("awaits approval until " + APPROVE_BY), early.reason());

        Decision.Reject<RfqEvent> late = assertInstanceOf(Decision.Reject.class,
                RfqDecider.decide(pending(), new RfqCommand.Approve("tom", List.of()), APPROVE_BY.plusMillis(1)));
        assertTrue(late.reason().contains("lapsed"), late.reason());

        Rfq lapsed = run(pending(), new RfqCommand.Expire(), APPROVE_BY.plusMillis(1));
        assertEquals(RfqStatus.EXPIRED, lapsed.status());
        assertEquals("not approved by " + APPROVE_BY, lapsed.outcome());
    }

    @Test
    void anApprovalDeadlineMustLieAfterThePricingAndAnApprovedPriceNoLongerLapses() {
        Decision.Reject<RfqEvent> past = assertInstanceOf(Decision.Reject.class,
                RfqDecider.decide(parsed(), new RfqCommand.RecordQuotes(List.of(QUOTE), false, T0), T0));
        assertTrue(past.reason().contains("deadline"), past.reason());
        assertNull(approved().validUntil());
    }

    @Test
    void aPriceWithoutAnApprovalDeadlineWaitsForATrader() {
        Rfq waiting = run(parsed(), new RfqCommand.RecordQuotes(List.of(QUOTE), false), T0);
        assertInstanceOf(Decision.Reject.class, RfqDecider.decide(waiting, new RfqCommand.Expire(), AFTER_VALIDITY.plusSeconds(3600)));
        assertEquals(RfqStatus.APPROVED, run(waiting, new RfqCommand.Approve("tom", List.of()), AFTER_VALIDITY).status());
    }

    @Test
    void aTraderMayEditThePriceBeforeApproving() {
        Rfq rfq = run(pending(), new RfqCommand.Approve("tom", List.of(new LegQuote(0, new BigDecimal("4.5")))), T0);
        assertEquals(new BigDecimal("4.50"), rfq.quotes().get(0).valuePct());
    }

    @Test
    void quotesMustCoverEveryLegOnce() {
        Rfq twoLegs = run(received(), new RfqCommand.RecordParse(List.of(LEG, LEG)), T0);
        assertTrue(((Decision.Reject<RfqEvent>) RfqDecider.decide(twoLegs, new RfqCommand.RecordQuotes(List.of(QUOTE), false), T0))
                .reason().contains("leg 1 has no quote"));
        assertTrue(((Decision.Reject<RfqEvent>) RfqDecider.decide(twoLegs, new RfqCommand.RecordQuotes(List.of(QUOTE, QUOTE), false), T0))
                .reason().contains("quoted twice"));
        assertTrue(((Decision.Reject<RfqEvent>) RfqDecider.decide(pending(), new RfqCommand.Approve("tom", List.of(new LegQuote(3, BigDecimal.ONE))), T0))
                .reason().contains("does not exist"));
    }

    @Test
    void anAcceptanceAfterTheQuoteExpiredExpiresItAndChatterChangesNothing() {
        assertEquals(RfqStatus.EXPIRED, run(sent(), new RfqCommand.ClientReplied("m2", AcceptanceIntent.ACCEPT), AFTER_VALIDITY).status());
        assertEquals(RfqStatus.SENT, run(sent(), new RfqCommand.ClientReplied("m2", AcceptanceIntent.NONE), LATER).status());
        Decision.Reject<RfqEvent> early = assertInstanceOf(Decision.Reject.class, RfqDecider.decide(sent(), new RfqCommand.Expire(), LATER));
        assertTrue(early.reason().contains("valid until"));
    }

    @Test
    void eventsAndStateSurviveJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        Rfq booked = everyState().get(RfqStatus.BOOKED).get();
        assertEquals(booked, mapper.readValue(mapper.writeValueAsBytes(booked), Rfq.class));
        RfqEvent event = new RfqEvent.QuoteApproved("tom", List.of(QUOTE), T0);
        assertEquals(event, mapper.readValue(mapper.writeValueAsBytes(event), RfqEvent.class));
        RfqEvent parsedEvent = new RfqEvent.RfqParsed(List.of(LEG), T0);
        assertEquals(parsedEvent, mapper.readValue(mapper.writeValueAsBytes(parsedEvent), RfqEvent.class));
    }

    @Test
    void aPricedEventStoredBeforeApprovalDeadlinesExistedReadsAsOneWithoutADeadline() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        String stored = "{\"@type\":\"QuotesPriced\",\"quotes\":[{\"leg\":0,\"valuePct\":4.35}],\"autoApproved\":false,"
                + "\"at\":\"2026-11-20T01:00:00Z\"}";
        RfqEvent.QuotesPriced event = assertInstanceOf(RfqEvent.QuotesPriced.class, mapper.readValue(stored, RfqEvent.class));
        assertNull(event.approveBy());
        RfqEvent lapsed = new RfqEvent.ApprovalLapsed(APPROVE_BY, AFTER_VALIDITY);
        assertEquals(lapsed, mapper.readValue(mapper.writeValueAsBytes(lapsed), RfqEvent.class));
    }
}

package meridian.api.rfq;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import meridian.read.rfq.RfqRepository.ActiveRfq;
import org.junit.jupiter.api.Test;

class RfqSweeperTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void pricesAndQuotesAreWokenOnlyOncePastTheirValidity() {
        assertTrue(RfqSweeper.due(new ActiveRfq("r", "SENT", NOW.minusSeconds(90), NOW.minusMillis(1)), NOW));
        assertFalse(RfqSweeper.due(new ActiveRfq("r", "SENT", NOW.minusSeconds(30), NOW.plusSeconds(30)), NOW));
        assertTrue(RfqSweeper.due(new ActiveRfq("r", "PENDING_APPROVAL", NOW.minusSeconds(400), NOW.minusMillis(1)), NOW));
        assertFalse(RfqSweeper.due(new ActiveRfq("r", "PENDING_APPROVAL", NOW.minusSeconds(60), NOW.plusSeconds(240)), NOW));
    }

    @Test
    void aPriceWithoutADeadlineWaitsForItsTraderHoweverOld() {
        assertFalse(RfqSweeper.due(new ActiveRfq("r", "PENDING_APPROVAL", NOW.minusSeconds(86_400), null), NOW));
    }

    @Test
    void theDesksOwnStepsAreWokenWhenStuckAndClosedRfqsNever() {
        assertTrue(RfqSweeper.due(new ActiveRfq("r", "PARSED", NOW.minus(RfqSweeper.STUCK).minusSeconds(1), null), NOW));
        assertFalse(RfqSweeper.due(new ActiveRfq("r", "PARSED", NOW.minusSeconds(5), null), NOW));
        assertTrue(RfqSweeper.due(new ActiveRfq("r", "ACCEPTED", NOW.minusSeconds(60), null), NOW));
        assertFalse(RfqSweeper.due(new ActiveRfq("r", "EXPIRED", NOW.minusSeconds(600), NOW.minusSeconds(500)), NOW));
        assertFalse(RfqSweeper.due(new ActiveRfq("r", "BOOKED", NOW.minusSeconds(600), null), NOW));
    }
}

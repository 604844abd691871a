package meridian.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import meridian.domain.common.Decision;
import meridian.domain.common.ValidationException;
import org.junit.jupiter.api.Test;

class RiskRunTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static RiskRunEvent.RiskRunStarted started(int contracts, int batchSize) {
        List<RunContract> book = java.util.stream.IntStream.range(0, contracts)
                .mapToObj(i -> new RunContract("D" + i, "000300.SH", "C" + (i % 2))).toList();
        return new RiskRunEvent.RiskRunStarted("R1", "galaxy", "ON_DEMAND", "rita", LocalDate.of(2026, 1, 5), 2000, 1L,
                batchSize, book, List.of(), List.of(new MarketQuote("000300.SH", 100, 0.2, 0.02, 0)), T0);
    }

    private static RiskRun after(RiskRun run, Decision<RiskRunEvent> decision) {
        RiskRun next = run;
        for (RiskRunEvent e : ((Decision.Accept<RiskRunEvent>) decision).events()) {
            next = next.apply(e);
        }
        return next;
    }

    @Test
    void runsThroughItsBatchesOnceEachThenCompletesWithItsDuration() {
        RiskRun run = after(RiskRun.NONE, RiskRun.NONE.start(started(5, 2)));
        assertEquals(RiskRun.RUNNING, run.status());
        assertEquals(3, run.started().batches());
        assertInstanceOf(Decision.Reject.class, run.complete(T0.plusSeconds(1)));
        ContractResult r = new ContractResult("D0", 1, 0, 0, 0, 0, 0, 0);
        run = after(run, run.recordBatch(0, "w1", "cpu", List.of(r), T0.plusSeconds(1)));
        // A redelivered batch records nothing new.
        assertEquals(List.of(), ((Decision.Accept<RiskRunEvent>) run.recordBatch(0, "w2", "cpu", List.of(r),
                T0.plusSeconds(2))).events());
        assertInstanceOf(Decision.Reject.class, run.recordBatch(3, "w1", "cpu", List.of(r), T0));
        run = after(run, run.recordBatch(2, "w1", "cpu", List.of(r), T0.plusSeconds(2)));
        run = after(run, run.recordBatch(1, "w2", "gpu", List.of(r), T0.plusSeconds(3)));
        run = after(run, run.complete(T0.plusSeconds(4)));
        assertEquals(RiskRun.COMPLETED, run.status());
        assertEquals(4000L, run.durationMs());
        assertInstanceOf(Decision.Reject.class, run.fail("late", T0.plusSeconds(5)));
    }

    @Test
    void anEmptyBookCannotStartAndAFailedRunSaysWhy() {
        assertInstanceOf(Decision.Reject.class, RiskRun.NONE.start(started(0, 2)));
        RiskRun run = after(RiskRun.NONE, RiskRun.NONE.start(started(1, 2)));
        run = after(run, run.fail("no worker answered", T0.plusSeconds(9)));
        assertEquals(RiskRun.FAILED, run.status());
        assertEquals("no worker answered", run.error());
    }

    @Test
    void progressAndEtaFollowThePaceSoFar() {
        assertEquals(25.0, RiskRun.percent(1, 4));
        assertNull(RiskRun.eta(T0, 0, 4, T0.plusSeconds(10)));
        assertEquals(Duration.ofSeconds(30), RiskRun.eta(T0, 1, 4, T0.plusSeconds(10)));
    }

    @Test
    void quotesNameTheirBadFields() {
        ValidationException e = assertThrows(ValidationException.class, () -> new MarketQuote("X", -1, 0.2, 0, 0));
        assertEquals("spot", e.errors().get(0).field());
        MarketSnapshot snapshot = MarketSnapshot.EMPTY.apply(new MarketDataEvent.MarketQuoted("galaxy",
                List.of(new MarketQuote("A", 10, 0.2, 0.01, 0), new MarketQuote("B", 20, 0.3, 0.01, 0)), "tom", T0));
        snapshot = snapshot.apply(new MarketDataEvent.MarketQuoted("galaxy", List.of(new MarketQuote("A", 11, 0.25, 0.01, 0)),
                "tom", T0.plusSeconds(1)));
        assertEquals(11, snapshot.quotes().get("A").spot());
        assertEquals(20, snapshot.quotes().get("B").spot());
        assertEquals(T0.plusSeconds(1), snapshot.quotedAt().get("A"));
    }
}

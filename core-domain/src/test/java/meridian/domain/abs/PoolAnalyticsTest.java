package meridian.domain.abs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Eligibility screening, look-through concentrations and the two scores. */
class PoolAnalyticsTest {

    private static Loan loan(String id, String balance, String obligor, String industry, String region, String rating) {
        return new Loan(id, new BigDecimal(balance), new BigDecimal("6"), 60, Amortization.LEVEL_PAY, obligor,
                industry, region, rating);
    }

    private static final List<Loan> LOANS = List.of(
            loan("L1", "500", "Acme", "Retail", "East", "A"),
            loan("L2", "300", "Acme", "Retail", "East", "A"),
            loan("L3", "100", "Beta", "Coal mining", "West", "BB"),
            loan("L4", "100", "Gamma", "Healthcare", "North", "CCC"));

    @Test
    void screensEachLoanWithEveryReason() {
        EligibilityCriteria criteria = new EligibilityCriteria(null, new BigDecimal("400"), null, null, 48, "BB-",
                Set.of("Coal mining"), Set.of(), Set.of(), new BigDecimal("50"));
        EligibilityScreen.Result result = EligibilityScreen.screen(LOANS, criteria);
        List<String> l1 = result.decisions().get(0).reasons();
        assertEquals(3, l1.size(), l1.toString()); // balance, term and obligor share; its rating A passes
        assertTrue(l1.stream().anyMatch(r -> r.contains("above the maximum 400")));
        assertTrue(l1.stream().anyMatch(r -> r.contains("obligor 'Acme' is 80%")));
        assertTrue(result.decisions().get(2).reasons().stream().anyMatch(r -> r.contains("Coal mining")));
        assertTrue(result.decisions().get(3).reasons().stream().anyMatch(r -> r.contains("rating 'CCC' is below BB-")));
        assertEquals(4, result.rejected().size());
        EligibilityScreen.Result lenient = EligibilityScreen.screen(LOANS, new EligibilityCriteria(
                null, null, null, null, null, "B", Set.of(), Set.of(), Set.of(), null));
        assertEquals(List.of("L1", "L2", "L3"), lenient.eligibleLoans().stream().map(Loan::id).toList());
    }

    @Test
    void concentrationsAndHhi() {
        LookThrough.Report report = LookThrough.of(LOANS);
        assertEquals("Acme", report.topTenObligors().get(0).name());
        assertEquals(0, new BigDecimal("80").compareTo(report.obligors().buckets().get(0).sharePct()));
        // 80^2 + 10^2 + 10^2
        assertEquals(0, new BigDecimal("6600").compareTo(report.obligors().hhi()));
        assertEquals(3, report.regions().buckets().size());
        List<Loan> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(loan("M" + i, "10", "O" + i, "Retail", "East", "A"));
        LookThrough.Report diverse = LookThrough.of(many);
        assertEquals(10, diverse.topTenObligors().size());
        assertEquals(0, new BigDecimal("500").compareTo(diverse.obligors().hhi()));
        assertEquals(0, new BigDecimal("10000").compareTo(diverse.industries().hhi()));
    }

    @Test
    void compositeScoreRewardsBetterPoolsStructuresAndPerformance() {
        Structure thin = new Structure(List.of(), List.of(
                new Tranche("A", new BigDecimal("950"), BigDecimal.ONE), new Tranche("S", new BigDecimal("50"), null)),
                WaterfallType.SEQUENTIAL);
        Structure thick = new Structure(List.of(), List.of(
                new Tranche("A", new BigDecimal("700"), BigDecimal.ONE), new Tranche("S", new BigDecimal("300"), null)),
                WaterfallType.SEQUENTIAL);
        CompositeScore base = CompositeScore.of(LOANS, thin, 3, null);
        assertTrue(CompositeScore.of(LOANS, thick, 3, null).total() > base.total());
        assertEquals(100.0, CompositeScore.of(LOANS, thick, 3, null).structure());
        CompositeScore onTrack = CompositeScore.of(LOANS, thin, 3,
                new CompositeScore.Performance(new BigDecimal("1"), new BigDecimal("2")));
        CompositeScore behind = CompositeScore.of(LOANS, thin, 3,
                new CompositeScore.Performance(new BigDecimal("3"), new BigDecimal("2")));
        assertEquals(100.0, onTrack.performance());
        assertEquals(50.0, behind.performance());
        assertTrue(onTrack.total() > behind.total());
        List<Loan> better = LOANS.stream().map(l -> loan(l.id(), l.balance().toPlainString(), l.id(), l.industry(), l.region(), "AAA")).toList();
        assertTrue(CompositeScore.of(better, thin, 3, null).poolQuality() > base.poolQuality());
    }

    @Test
    void esgScoreFollowsIndustriesAndGovernance() {
        EsgScore mixed = EsgScore.of(LOANS, 3, false, false);
        List<Loan> green = LOANS.stream().map(l -> loan(l.id(), l.balance().toPlainString(), l.obligor(),
                "Renewable energy", l.region(), l.rating())).toList();
        assertTrue(EsgScore.of(green, 3, false, false).environmental() > mixed.environmental());
        assertEquals(25.0, mixed.governance());
        assertEquals(100.0, EsgScore.of(LOANS, 5, true, true).governance());
        assertEquals(0.0, mixed.unclassifiedSharePct());
        List<Loan> unknown = List.of(loan("X", "10", "O", "Widgets", "East", "A"));
        assertEquals(100.0, EsgScore.of(unknown, 1, false, false).unclassifiedSharePct());
    }
}

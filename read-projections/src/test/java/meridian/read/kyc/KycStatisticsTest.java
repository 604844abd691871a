package meridian.read.kyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import meridian.domain.kyc.aml.AmlRiskLevel;
import meridian.domain.kyc.caseflow.KycStatus;
import org.junit.jupiter.api.Test;

class KycStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static KycViewUpdate.StatsRow approved(String id, long hours, String rating, int block, int review) {
        return new KycViewUpdate.StatsRow("galaxy", id, KycStatus.MONITORING, rating, T0, T0.plus(Duration.ofHours(hours)),
                true, block, review, 0, block, 0);
    }

    @Test
    void countsRatesAndNearestRankPercentiles() {
        List<KycViewUpdate.StatsRow> rows = new ArrayList<>();
        for (int h = 1; h <= 10; h++) {
            rows.add(approved("A" + h, h, h <= 6 ? "LOW" : "MEDIUM", h == 10 ? 1 : 0, h >= 9 ? 1 : 0));
        }
        rows.add(new KycViewUpdate.StatsRow("galaxy", "D1", KycStatus.DRAFT, null, null, null, false, 0, 0, 0, 0, 0));
        rows.add(new KycViewUpdate.StatsRow("galaxy", "R1", KycStatus.IN_REVIEW, "HIGH", T0, null, true, 2, 0, 1, 0, 3));

        KycStatistics stats = KycStatistics.of(rows);
        assertEquals(12, stats.cases());
        assertEquals(10, stats.casesByState().get(KycStatus.MONITORING));
        assertEquals(1, stats.casesByState().get(KycStatus.DRAFT));
        assertEquals(0, stats.casesByState().get(KycStatus.CLOSED));
        assertEquals(10, stats.timeToApprove().approvedCases());
        assertEquals(5 * 3600L, stats.timeToApprove().p50Seconds());
        assertEquals(9 * 3600L, stats.timeToApprove().p90Seconds());
        assertEquals(10 * 3600L, stats.timeToApprove().p95Seconds());
        assertEquals(10 * 3600L, stats.timeToApprove().maxSeconds());
        assertEquals(6, stats.ratingDistribution().get(AmlRiskLevel.LOW));
        assertEquals(4, stats.ratingDistribution().get(AmlRiskLevel.MEDIUM));
        assertEquals(1, stats.ratingDistribution().get(AmlRiskLevel.HIGH));

        KycStatistics.HitRates hits = stats.hitRates();
        assertEquals(11, hits.screenedCases());
        assertEquals(3, hits.casesWithHits());
        assertEquals(2, hits.casesWithBlockingHits());
        assertEquals(1, hits.casesWithNegativeNews());
        assertEquals(0.2727, hits.hitRate());
        assertEquals(0.1818, hits.blockingHitRate());
        assertEquals(3, hits.blockingHits());
        assertEquals(2, hits.reviewHits());
        assertEquals(1, hits.trueMatches());
        assertEquals(1, hits.falsePositives());
    }

    @Test
    void noCasesNoPercentiles() {
        KycStatistics stats = KycStatistics.of(List.of());
        assertEquals(0, stats.cases());
        assertNull(stats.timeToApprove().p50Seconds());
        assertEquals(0.0, stats.hitRates().hitRate());
    }
}

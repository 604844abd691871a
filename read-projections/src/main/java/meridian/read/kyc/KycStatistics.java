package meridian.read.kyc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import meridian.domain.kyc.aml.AmlRiskLevel;
import meridian.domain.kyc.caseflow.KycStatus;

/**
 * KYC statistics of one tenant for the regulator: cases by state, time from (first) submission to approval as
 * nearest-rank percentiles, the AML rating distribution of screened cases, and watch-list hit rates.
 */
public record KycStatistics(int cases, Map<KycStatus, Integer> casesByState, TimeToApprove timeToApprove,
        Map<AmlRiskLevel, Integer> ratingDistribution, HitRates hitRates) {

    /** Seconds from first submission to approval over the approved cases. */
    public record TimeToApprove(int approvedCases, Long p50Seconds, Long p90Seconds, Long p95Seconds, Long maxSeconds) {
    }

    /**
     * Over screened cases: how many had any hit, a blocking hit, negative news; hit totals by level; resolved hits by
     * outcome. Rates are fractions of the screened cases, rounded to four places.
     */
    public record HitRates(int screenedCases, int casesWithHits, int casesWithBlockingHits, int casesWithNegativeNews,
            double hitRate, double blockingHitRate, int blockingHits, int reviewHits, int trueMatches, int falsePositives) {
    }

    public static KycStatistics of(Collection<KycViewUpdate.StatsRow> rows) {
        Map<KycStatus, Integer> byState = new EnumMap<>(KycStatus.class);
        for (KycStatus status : KycStatus.values()) {
            if (status != KycStatus.NEW) {
                byState.put(status, 0);
            }
        }
        Map<AmlRiskLevel, Integer> ratings = new EnumMap<>(AmlRiskLevel.class);
        for (AmlRiskLevel level : AmlRiskLevel.values()) {
            ratings.put(level, 0);
        }
        List<Long> approveSeconds = new ArrayList<>();
        int screened = 0;
        int withHits = 0;
        int withBlock = 0;
        int withNews = 0;
        int block = 0;
        int review = 0;
        int trueMatches = 0;
        int falsePositives = 0;
        for (KycViewUpdate.StatsRow row : rows) {
            byState.merge(row.status(), 1, Integer::sum);
            if (row.approvedAt() != null && row.submittedAt() != null) {
                approveSeconds.add(Duration.between(row.submittedAt(), row.approvedAt()).toSeconds());
            }
            if (!row.screened()) {
                continue;
            }
            screened++;
            if (row.rating() != null) {
                ratings.merge(AmlRiskLevel.valueOf(row.rating()), 1, Integer::sum);
            }
            withHits += row.blockHits() + row.reviewHits() > 0 ? 1 : 0;
            withBlock += row.blockHits() > 0 ? 1 : 0;
            withNews += row.newsHits() > 0 ? 1 : 0;
            block += row.blockHits();
            review += row.reviewHits();
            trueMatches += row.trueMatches();
            falsePositives += row.falsePositives();
        }
        approveSeconds.sort(Long::compare);
        TimeToApprove time = new TimeToApprove(approveSeconds.size(), percentile(approveSeconds, 50),
                percentile(approveSeconds, 90), percentile(approveSeconds, 95),
                approveSeconds.isEmpty() ? null : approveSeconds.get(approveSeconds.size() - 1));
        HitRates hits = new HitRates(screened, withHits, withBlock, withNews, rate(withHits, screened),
                rate(withBlock, screened), block, review, trueMatches, falsePositives);
        return new KycStatistics(rows.size(), new LinkedHashMap<>(byState), time, new LinkedHashMap<>(ratings), hits);
    }

    /** Nearest rank: the smallest value with at least {@code p} % of the values at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}

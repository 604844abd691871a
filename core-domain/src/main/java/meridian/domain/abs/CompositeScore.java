package meridian.domain.abs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import meridian.domain.common.ValidationException;

/**
 * The product's composite score, 0 (worst) to 100 (best), from four factors documented in ABS.md:
 * pool quality 35%, structure 25%, servicer 15%, performance 25%. Before the first servicer report
 * there is no performance, and the other three factors are reweighted to add up to 100%.
 */
public record CompositeScore(double poolQuality, double structure, double servicer, Double performance, double total) {

    /** Actual cumulative defaults against what the projection expected by the same date, both in % of the original pool. */
    public record Performance(BigDecimal actualCumulativeDefaultPct, BigDecimal projectedCumulativeDefaultPct) {
        public Performance {
            if (actualCumulativeDefaultPct == null || actualCumulativeDefaultPct.signum() < 0) {
                throw new ValidationException("actualCumulativeDefaultPct", "required, not negative");
            }
            if (projectedCumulativeDefaultPct == null || projectedCumulativeDefaultPct.signum() < 0) {
                throw new ValidationException("projectedCumulativeDefaultPct", "required, not negative");
            }
        }
    }

    /**
     * @param servicerRating 1 (weak) to 5 (strong), the firm's assessment of the servicer
     * @param performance null before the first servicer report
     */
    public static CompositeScore of(List<Loan> loans, Structure structure, int servicerRating, Performance performance) {
        if (servicerRating < 1 || servicerRating > 5) throw new ValidationException("servicerRating", "must be 1 to 5");
        if (loans.isEmpty()) throw new ValidationException("loans", "at least one loan is required");
        double pool = poolQuality(loans);
        double struct = structureScore(loans, structure);
        double serv = (servicerRating - 1) / 4.0 * 100;
        Double perf = performance == null ? null : performanceScore(performance);
        double total = perf == null
                ? (0.35 * pool + 0.25 * struct + 0.15 * serv) / 0.75
                : 0.35 * pool + 0.25 * struct + 0.15 * serv + 0.25 * perf;
        return new CompositeScore(round(pool), round(struct), round(serv), perf == null ? null : round(perf), round(total));
    }

    /** 70% the balance-weighted rating position (AAA 100, D 0), 30% obligor diversification (100 minus HHI/100). */
    static double poolQuality(List<Loan> loans) {
        double total = 0;
        double weightedRank = 0;
        for (Loan loan : loans) {
            int rank = RatingScale.rank(loan.rating()).orElseThrow(() -> new ValidationException(
                    "loans[" + loans.indexOf(loan) + "].rating", "unknown rating '" + loan.rating() + "'"));
            total += loan.balance().doubleValue();
            weightedRank += rank * loan.balance().doubleValue();
        }
        double ratingScore = total > 0 ? 100 * (1 - weightedRank / total / (RatingScale.notches().size() - 1)) : 0;
        double hhi = LookThrough.of(loans).obligors().hhi().doubleValue();
        return 0.7 * ratingScore + 0.3 * (100 - hhi / 100);
    }

    /** Senior credit enhancement (subordination plus reserve, % of pool): 30% or more scores 100, linearly below. */
    static double structureScore(List<Loan> loans, Structure structure) {
        double pool = loans.stream().mapToDouble(l -> l.balance().doubleValue()).sum();
        double senior = structure.tranches().get(0).balance().doubleValue();
        double reserve = structure.reserve() == null ? 0 : structure.reserve().initialBalance().doubleValue();
        double enhancementPct = pool > 0 ? (pool - senior + reserve) / pool * 100 : 0;
        return Math.max(0, Math.min(100, enhancementPct / 30 * 100));
    }

    /** 100 while defaults run at or below projection, falling linearly to 0 at twice the projection. */
    static double performanceScore(Performance performance) {
        double actual = performance.actualCumulativeDefaultPct().doubleValue();
        double projected = performance.projectedCumulativeDefaultPct().doubleValue();
        if (actual <= projected) return 100;
        if (projected == 0) return Math.max(0, 100 - actual * 100);
        return Math.max(0, Math.min(100, 100 * (2 - actual / projected)));
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }
}

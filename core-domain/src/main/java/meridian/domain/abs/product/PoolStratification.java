package meridian.domain.abs.product;

import meridian.domain.abs.Amortization;
import meridian.domain.abs.Loan;
import meridian.domain.abs.LookThrough;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The pool as an investor disclosure shows it: size, weighted averages, and its strata by industry, region,
 * rating, amortization, remaining term, rate and loan size, each with balance and share; the ten largest
 * obligors and the concentration (HHI, 0 to 10,000) by obligor, industry and region.
 */
public record PoolStratification(BigDecimal poolBalance, int loans, int obligors, BigDecimal averageBalance,
                                 BigDecimal waRatePct, BigDecimal waRemainingTermMonths,
                                 List<LookThrough.Bucket> topObligors, BigDecimal obligorHhi, BigDecimal industryHhi,
                                 BigDecimal regionHhi, List<LookThrough.Bucket> industries,
                                 List<LookThrough.Bucket> regions, List<LookThrough.Bucket> ratings,
                                 List<LookThrough.Bucket> amortization, List<LookThrough.Bucket> remainingTerm,
                                 List<LookThrough.Bucket> rate, List<LookThrough.Bucket> loanSize) {

    private static final int[] TERM_BANDS = {12, 24, 36, 60, 120, 240, 360};
    private static final double[] RATE_BANDS = {3, 4, 5, 6, 8, 10};
    private static final long[] SIZE_BANDS = {100_000, 500_000, 1_000_000, 5_000_000, 10_000_000, 50_000_000};

    public PoolStratification {
        topObligors = List.copyOf(topObligors);
        industries = List.copyOf(industries);
        regions = List.copyOf(regions);
        ratings = List.copyOf(ratings);
        amortization = List.copyOf(amortization);
        remainingTerm = List.copyOf(remainingTerm);
        rate = List.copyOf(rate);
        loanSize = List.copyOf(loanSize);
    }

    public static PoolStratification of(List<Loan> loans) {
        LookThrough.Report report = LookThrough.of(loans);
        BigDecimal total = report.poolBalance();
        BigDecimal rateWeighted = BigDecimal.ZERO;
        BigDecimal termWeighted = BigDecimal.ZERO;
        for (Loan loan : loans) {
            rateWeighted = rateWeighted.add(loan.ratePct().multiply(loan.balance()));
            termWeighted = termWeighted.add(loan.balance().multiply(BigDecimal.valueOf(loan.remainingTermMonths())));
        }
        boolean empty = total.signum() == 0;
        return new PoolStratification(total, loans.size(), report.obligors().buckets().size(),
                loans.isEmpty() ? BigDecimal.ZERO : total.divide(BigDecimal.valueOf(loans.size()), 2, RoundingMode.HALF_EVEN),
                empty ? BigDecimal.ZERO : rateWeighted.divide(total, 4, RoundingMode.HALF_EVEN),
                empty ? BigDecimal.ZERO : termWeighted.divide(total, 2, RoundingMode.HALF_EVEN),
                report.topTenObligors(), report.obligors().hhi(), report.industries().hhi(), report.regions().hhi(),
                report.industries().buckets(), report.regions().buckets(), report.ratings().buckets(),
                strata(loans, total, l -> l.amortization().name(), enumOrder()),
                strata(loans, total, l -> termBand(l.remainingTermMonths()), termLabels()),
                strata(loans, total, l -> rateBand(l.ratePct().doubleValue()), rateLabels()),
                strata(loans, total, l -> sizeBand(l.balance()), sizeLabels()));
    }

    private static List<LookThrough.Bucket> strata(List<Loan> loans, BigDecimal total, Function<Loan, String> key,
                                                   List<String> order) {
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(label -> {
            balances.put(label, BigDecimal.ZERO);
            counts.put(label, 0);
        });
        for (Loan loan : loans) {
            String label = key.apply(loan);
            balances.merge(label, loan.balance(), BigDecimal::add);
            counts.merge(label, 1, Integer::sum);
        }
        List<LookThrough.Bucket> buckets = new ArrayList<>();
        balances.forEach((label, balance) -> {
            if (counts.get(label) > 0) {
                buckets.add(new LookThrough.Bucket(label, counts.get(label), balance, Amounts.pct(balance, total)));
            }
        });
        return buckets;
    }

    private static List<String> enumOrder() {
        return java.util.Arrays.stream(Amortization.values()).map(Enum::name).toList();
    }

    private static String termBand(int months) {
        int lower = 1;
        for (int upper : TERM_BANDS) {
            if (months <= upper) return lower + "-" + upper + " months";
            lower = upper + 1;
        }
        return "over " + TERM_BANDS[TERM_BANDS.length - 1] + " months";
    }

    private static List<String> termLabels() {
        List<String> labels = new ArrayList<>();
        int lower = 1;
        for (int upper : TERM_BANDS) {
            labels.add(lower + "-" + upper + " months");
            lower = upper + 1;
        }
        labels.add("over " + TERM_BANDS[TERM_BANDS.length - 1] + " months");
        return labels;
    }

    private static String rateBand(double ratePct) {
        double lower = 0;
        for (double upper : RATE_BANDS) {
            if (ratePct < upper) return label(lower) + "-" + label(upper) + "%";
            lower = upper;
        }
        return label(RATE_BANDS[RATE_BANDS.length - 1]) + "% and above";
    }

    private static List<String> rateLabels() {
        List<String> labels = new ArrayList<>();
        double lower = 0;
        for (double upper : RATE_BANDS) {
            labels.add(label(lower) + "-" + label(upper) + "%");
            lower = upper;
        }
        labels.add(label(RATE_BANDS[RATE_BANDS.length - 1]) + "% and above");
        return labels;
    }

    private static String label(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String sizeBand(BigDecimal balance) {
        long lower = 0;
        for (long upper : SIZE_BANDS) {
            if (balance.compareTo(BigDecimal.valueOf(upper)) < 0) return lower + "-" + upper;
            lower = upper;
        }
        return SIZE_BANDS[SIZE_BANDS.length - 1] + " and above";
    }

    private static List<String> sizeLabels() {
        List<String> labels = new ArrayList<>();
        long lower = 0;
        for (long upper : SIZE_BANDS) {
            labels.add(lower + "-" + upper);
            lower = upper;
        }
        labels.add(SIZE_BANDS[SIZE_BANDS.length - 1] + " and above");
        return labels;
    }
}

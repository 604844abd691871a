package meridian.domain.abs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Concentration of a pool by obligor, industry, region and rating: each bucket's balance and share,
 * the ten largest obligors, and the Herfindahl-Hirschman index (sum of squared percentage shares,
 * 0 to 10,000) of each dimension.
 */
public final class LookThrough {

    /** One bucket of a dimension, largest first. */
    public record Bucket(String name, int loans, BigDecimal balance, BigDecimal sharePct) { }

    /** One dimension's breakdown and its HHI. */
    public record Concentration(List<Bucket> buckets, BigDecimal hhi) {
        public Concentration {
            buckets = List.copyOf(buckets);
        }

        public List<Bucket> top(int n) {
            return buckets.subList(0, Math.min(n, buckets.size()));
        }
    }

    /** The whole report. */
    public record Report(BigDecimal poolBalance, int loans, Concentration obligors, Concentration industries,
                         Concentration regions, Concentration ratings) {
        public List<Bucket> topTenObligors() {
            return obligors.top(10);
        }
    }

    private LookThrough() {
    }

    public static Report of(List<Loan> loans) {
        BigDecimal total = loans.stream().map(Loan::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Report(total, loans.size(), by(loans, Loan::obligor, total), by(loans, Loan::industry, total),
                by(loans, Loan::region, total), by(loans, Loan::rating, total));
    }

    private static Concentration by(List<Loan> loans, Function<Loan, String> key, BigDecimal total) {
        Map<String, BigDecimal> balances = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Loan loan : loans) {
            String name = key.apply(loan).isEmpty() ? "(unknown)" : key.apply(loan);
            balances.merge(name, loan.balance(), BigDecimal::add);
            counts.merge(name, 1, Integer::sum);
        }
        List<Bucket> buckets = new ArrayList<>();
        BigDecimal hhi = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : balances.entrySet()) {
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO
                    : entry.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 12, RoundingMode.HALF_EVEN);
            hhi = hhi.add(share.multiply(share));
            buckets.add(new Bucket(entry.getKey(), counts.get(entry.getKey()), entry.getValue(),
                    share.setScale(4, RoundingMode.HALF_EVEN)));
        }
        buckets.sort(Comparator.comparing(Bucket::balance).reversed().thenComparing(Bucket::name));
        return new Concentration(buckets, hhi.setScale(2, RoundingMode.HALF_EVEN));
    }
}

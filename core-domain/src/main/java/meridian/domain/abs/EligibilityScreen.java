package meridian.domain.abs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Screens each loan of a tape against eligibility criteria, giving every reason a loan fails. */
public final class EligibilityScreen {

    /** One loan's verdict; {@code reasons} is empty when it is eligible. */
    public record Decision(Loan loan, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }

        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /** All verdicts, in tape order. */
    public record Result(List<Decision> decisions) {
        public Result {
            decisions = List.copyOf(decisions);
        }

        public List<Loan> eligibleLoans() {
            return decisions.stream().filter(Decision::eligible).map(Decision::loan).toList();
        }

        public List<Decision> rejected() {
            return decisions.stream().filter(d -> !d.eligible()).toList();
        }
    }

    private EligibilityScreen() {
    }

    public static Result screen(List<Loan> loans, EligibilityCriteria criteria) {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> byObligor = new HashMap<>();
        for (Loan loan : loans) {
            total = total.add(loan.balance());
            byObligor.merge(loan.obligor(), loan.balance(), BigDecimal::add);
        }
        List<Decision> decisions = new ArrayList<>();
        for (Loan loan : loans) {
            List<String> reasons = new ArrayList<>();
            if (criteria.minBalance() != null && loan.balance().compareTo(criteria.minBalance()) < 0) {
                reasons.add("balance " + loan.balance().toPlainString() + " is below the minimum " + criteria.minBalance().toPlainString());
            }
            if (criteria.maxBalance() != null && loan.balance().compareTo(criteria.maxBalance()) > 0) {
                reasons.add("balance " + loan.balance().toPlainString() + " is above the maximum " + criteria.maxBalance().toPlainString());
            }
            if (criteria.minRatePct() != null && loan.ratePct().compareTo(criteria.minRatePct()) < 0) {
                reasons.add("rate " + loan.ratePct().toPlainString() + "% is below the minimum " + criteria.minRatePct().toPlainString() + "%");
            }
            if (criteria.maxRatePct() != null && loan.ratePct().compareTo(criteria.maxRatePct()) > 0) {
                reasons.add("rate " + loan.ratePct().toPlainString() + "% is above the maximum " + criteria.maxRatePct().toPlainString() + "%");
            }
            if (criteria.maxRemainingTermMonths() != null && loan.remainingTermMonths() > criteria.maxRemainingTermMonths()) {
                reasons.add("remaining term " + loan.remainingTermMonths() + " months exceeds " + criteria.maxRemainingTermMonths());
            }
            if (criteria.minRating() != null && !RatingScale.atLeast(loan.rating(), criteria.minRating())) {
                reasons.add("rating '" + loan.rating() + "' is below " + criteria.minRating());
            }
            if (criteria.excludedIndustries().contains(loan.industry())) {
                reasons.add("industry '" + loan.industry() + "' is excluded");
            }
            if (criteria.excludedRegions().contains(loan.region())) {
                reasons.add("region '" + loan.region() + "' is excluded");
            }
            if (!criteria.allowedAmortizations().isEmpty() && !criteria.allowedAmortizations().contains(loan.amortization())) {
                reasons.add("amortization " + loan.amortization() + " is not allowed");
            }
            if (criteria.maxObligorSharePct() != null && total.signum() > 0) {
                BigDecimal share = byObligor.get(loan.obligor()).multiply(BigDecimal.valueOf(100))
                        .divide(total, 4, RoundingMode.HALF_EVEN);
                if (share.compareTo(criteria.maxObligorSharePct()) > 0) {
                    reasons.add("obligor '" + loan.obligor() + "' is " + share.stripTrailingZeros().toPlainString()
                            + "% of the tape, above the limit " + criteria.maxObligorSharePct().toPlainString() + "%");
                }
            }
            decisions.add(new Decision(loan, reasons));
        }
        return new Result(decisions);
    }
}

package meridian.domain.abs.product;

import meridian.domain.abs.EligibilityCriteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of screening the loaded tape: the criteria, the loans refused with their reasons, and what is left
 * as the eligible pool (its size and stratifications).
 */
public record Screening(EligibilityCriteria criteria, int tapeLoans, int eligibleLoans, BigDecimal eligibleBalance,
                        List<LoanVerdict> rejected, PoolStratification stratification) {
    public Screening {
        rejected = List.copyOf(rejected);
    }
}

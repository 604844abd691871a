package meridian.domain.abs.product;

import java.util.List;

/** A loan the eligibility screen refused, with every reason. */
public record LoanVerdict(String loanId, List<String> reasons) {
    public LoanVerdict {
        reasons = List.copyOf(reasons);
    }
}

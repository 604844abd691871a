package meridian.domain.abs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import meridian.domain.common.ValidationException;

/** The asset pool at its cut-off date. */
public record Pool(LocalDate cutoffDate, List<Loan> loans) {

    public Pool {
        if (cutoffDate == null) throw new ValidationException("cutoffDate", "required");
        if (loans == null || loans.isEmpty()) throw new ValidationException("loans", "at least one loan is required");
        loans = List.copyOf(loans);
    }

    public BigDecimal balance() {
        BigDecimal total = BigDecimal.ZERO;
        for (Loan loan : loans) total = total.add(loan.balance());
        return total;
    }
}

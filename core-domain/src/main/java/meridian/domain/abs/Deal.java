package meridian.domain.abs;

import java.math.BigDecimal;

import meridian.domain.common.ValidationException;

/**
 * A deal to project: pool, assumptions, structure, and optionally a discount curve to price the
 * tranches. Tranche balances must add up to the pool balance within 1 CNY.
 */
public record Deal(Pool pool, Assumptions assumptions, Structure structure, DiscountCurve discountCurve) {

    static final BigDecimal BALANCE_TOLERANCE = BigDecimal.ONE;

    public Deal {
        if (pool == null) throw new ValidationException("pool", "required");
        if (assumptions == null) throw new ValidationException("assumptions", "required");
        if (structure == null) throw new ValidationException("structure", "required");
        BigDecimal gap = structure.trancheBalance().subtract(pool.balance()).abs();
        if (gap.compareTo(BALANCE_TOLERANCE) > 0) {
            throw new ValidationException("structure.tranches", "tranche balances add up to "
                    + structure.trancheBalance().toPlainString() + " but the pool balance is "
                    + pool.balance().toPlainString());
        }
    }

    public Deal(Pool pool, Assumptions assumptions, Structure structure) {
        this(pool, assumptions, structure, null);
    }
}

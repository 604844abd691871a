package meridian.domain.abs;

import java.math.BigDecimal;

import meridian.domain.common.ValidationException;

/**
 * A cash reserve: funded at closing with {@code initialBalance}, drawn to cover fee and rated-tranche
 * interest shortfalls, topped up from excess interest to {@code targetPct} of the current pool balance,
 * and released into principal funds once the pool is exhausted or above target.
 */
public record ReserveAccount(BigDecimal initialBalance, BigDecimal targetPct) {
    public ReserveAccount {
        if (initialBalance == null) throw new ValidationException("initialBalance", "required");
        if (initialBalance.signum() < 0) throw new ValidationException("initialBalance", "must not be negative");
        if (targetPct == null) throw new ValidationException("targetPct", "required");
        if (targetPct.signum() < 0) throw new ValidationException("targetPct", "must not be negative");
    }
}

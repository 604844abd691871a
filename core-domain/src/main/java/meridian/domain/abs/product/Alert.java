package meridian.domain.abs.product;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something a manager must look at: a trigger breach, defaults above projection, an interest shortfall or
 * write-down on a rated tranche, heavy delinquencies, a rating downgrade, or negative news on an obligor
 * ({@code obligor} and its share of the pool are set for those).
 */
public record Alert(String alertId, Kind kind, Severity severity, String text, String obligor,
                    BigDecimal obligorSharePct, Integer period, Instant raisedAt) {

    public enum Kind {
        TRIGGER_BREACH, DEFAULTS_ABOVE_PROJECTION, INTEREST_SHORTFALL, PRINCIPAL_WRITE_DOWN, DELINQUENCY,
        RATING_DOWNGRADE, OBLIGOR_NEWS
    }

    public enum Severity {
        LOW, MEDIUM, HIGH
    }
}

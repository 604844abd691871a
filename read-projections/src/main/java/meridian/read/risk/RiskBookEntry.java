package meridian.read.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A deal of the live book, with the product risk revalues (the pricing contract's product JSON). */
public record RiskBookEntry(String dealId, String underlying, String counterparty, String structure, BigDecimal notional,
                            LocalDate startDate, LocalDate expiryDate, String productJson, Instant bookedAt) {
}

package meridian.domain.abs;

/** How a loan repays its principal. */
public enum Amortization {
    /** Annuity: a constant payment of interest plus principal. */
    LEVEL_PAY,
    /** The same principal every month. */
    EQUAL_PRINCIPAL,
    /** All principal in the last month. */
    BULLET
}

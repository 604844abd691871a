package meridian.domain.abs;

/** How a deal pays principal funds to its tranches. */
public enum WaterfallType {
    /** Senior first; the contract's base case. */
    SEQUENTIAL,
    /** Principal funds shared by all tranches in proportion to their balances at period start. */
    PRO_RATA,
    /**
     * Rated tranches receive just enough to keep collateral above the notes by a target
     * overcollateralisation; what is not needed is released to the subordinated tranche.
     */
    TARGET_OC
}

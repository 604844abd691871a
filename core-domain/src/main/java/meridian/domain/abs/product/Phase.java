package meridian.domain.abs.product;

/** The stages of an ABS product's life, in order; {@link #MATURED} and {@link #CALLED} are final. */
public enum Phase {
    ORIGINATION("Origination"),
    STRUCTURING("Structuring"),
    ISSUANCE("Issuance"),
    SURVEILLANCE("Surveillance"),
    MATURED("Matured"),
    CALLED("Called");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The state's name as refusals quote it. */
    public String label() {
        return label;
    }

    /** Whether investors may read the product's disclosure (from bookbuilding on). */
    public boolean offered() {
        return ordinal() >= ISSUANCE.ordinal();
    }
}

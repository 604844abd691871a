package meridian.domain.rfq.parse;

/** The product structure a leg asks for, as named in the RFQ parse contract. */
public enum Structure {
    VANILLA, DIGITAL, SNOWBALL, PHOENIX, SHARKFIN, BARRIER, ASIAN;

    /** Autocallables: quoted by coupon, no option type, knock-out and knock-in levels. */
    public boolean isAutocall() {
        return this == SNOWBALL || this == PHOENIX;
    }

    /** Structures that carry a single barrier level and type. */
    public boolean hasBarrier() {
        return this == SHARKFIN || this == BARRIER;
    }
}

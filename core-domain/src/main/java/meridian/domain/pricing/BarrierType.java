package meridian.domain.pricing;

/** Direction and effect of a barrier. */
public enum BarrierType {
    UP_OUT, UP_IN, DOWN_OUT, DOWN_IN;

    public boolean isUp() {
        return this == UP_OUT || this == UP_IN;
    }

    public boolean isKnockOut() {
        return this == UP_OUT || this == DOWN_OUT;
    }
}

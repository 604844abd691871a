package meridian.domain.rfq.parse;

public enum BarrierType {
    UP_OUT, UP_IN, DOWN_OUT, DOWN_IN;

    public static BarrierType of(boolean up, boolean out) {
        if (up) {
            return out ? UP_OUT : UP_IN;
        }
        return out ? DOWN_OUT : DOWN_IN;
    }

    public boolean isUp() {
        return this == UP_OUT || this == UP_IN;
    }

    public boolean isOut() {
        return this == UP_OUT || this == DOWN_OUT;
    }
}

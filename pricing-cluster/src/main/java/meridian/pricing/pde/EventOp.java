package meridian.pricing.pde;

/**
 * One rewrite of a layer at an observation date, as data (not a closure) so a {@link PdePlan} can carry it to the
 * GPU kernel: {@code pde_plans.cu} applies the same three kinds with the same arithmetic as {@link #apply}.
 */
record EventOp(int kind, int target, int source, boolean up, double level, double value, double knockOut) {
    /** target = value beyond the level (a knock-out paying value). */
    static final int SET_BEYOND = 1;
    /** target = source beyond the level (a knock-in switching layers). */
    static final int REPLACE_BEYOND = 2;
    /** A phoenix date: the coupon above the coupon barrier, then knocked out (layer = coupon only) above knockOut. */
    static final int COUPON = 3;

    static EventOp setBeyond(int target, double level, boolean up, double value) {
        return new EventOp(SET_BEYOND, target, target, up, level, value, Double.NaN);
    }

    static EventOp replaceBeyond(int target, int source, double level, boolean up) {
        return new EventOp(REPLACE_BEYOND, target, source, up, level, 0.0, Double.NaN);
    }

    /** @param knockOut the knock-out level, NaN on a date before the first knock-out month */
    static EventOp coupon(int target, double couponBarrier, double coupon, double knockOut) {
        return new EventOp(COUPON, target, target, true, couponBarrier, coupon, knockOut);
    }

    void apply(double[][] layers, double[] grid) {
        double[] t = layers[target];
        for (int i = 0; i < grid.length; i++) {
            double w = PdeProblem.weightBeyond(grid, i, level, up);
            if (kind == SET_BEYOND) {
                if (w > 0) {
                    t[i] = w * value + (1 - w) * t[i];
                }
            } else if (kind == REPLACE_BEYOND) {
                if (w > 0) {
                    t[i] = w * layers[source][i] + (1 - w) * t[i];
                }
            } else {
                double pay = value * w;
                double out = Double.isNaN(knockOut) ? 0.0 : PdeProblem.weightBeyond(grid, i, knockOut, true);
                t[i] = out * pay + (1 - out) * (t[i] + pay);
            }
        }
    }
}

package meridian.domain.pricing;

/** The quoted term a solve request finds. */
public enum SolveFor { COUPON, PARTICIPATION, STRIKE, PREMIUM }

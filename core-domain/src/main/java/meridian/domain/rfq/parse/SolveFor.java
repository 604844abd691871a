package meridian.domain.rfq.parse;

/** The term the desk solves for when it quotes a leg. */
public enum SolveFor {
    PREMIUM, COUPON, PARTICIPATION, STRIKE
}

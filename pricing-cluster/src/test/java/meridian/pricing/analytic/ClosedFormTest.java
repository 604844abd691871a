package meridian.pricing.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import meridian.domain.pricing.BarrierType;
import meridian.domain.pricing.Observation;
import meridian.domain.pricing.OptionType;
import meridian.domain.pricing.market.MarketData;
import meridian.domain.pricing.schedule.DayCount;
import meridian.pricing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Closed forms against independent integrals, to 1e-10 relative. */
class ClosedFormTest {
    private static final double REL = 1e-10;
    private static final double S = 100;
    private static final double T = 0.75;
    private static final double R = 0.03;
    private static final double Q = 0.01;
    private static final double VOL = 0.3;

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, REL * Math.max(Math.abs(expected), 1e-3), () -> "expected " + expected);
    }

    @Test
    void normalCdfMatchesTabulatedValues() {
        assertEquals(0.15865525393145705, NormalDistribution.cdf(-1), 1e-16);
        assertEquals(0.9750021048517795, NormalDistribution.cdf(1.96), 2.5e-16);
        assertEquals(2.866515718791939e-07, NormalDistribution.cdf(-5), 2.866515718791939e-07 * 1e-13);
        assertEquals(7.619853024160527e-24, NormalDistribution.cdf(-10), 7.619853024160527e-24 * 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"CALL,80", "CALL,100", "CALL,130", "PUT,80", "PUT,100", "PUT,130"})
    void blackScholesMatchesTheIntegral(OptionType type, double strike) {
        DoubleUnaryOperator payoff = s -> Math.max(type == OptionType.CALL ? s - strike : strike - s, 0);
        assertRelative(ReferenceIntegrals.european(payoff, S, T, R, Q, VOL, strike),
                BlackScholes.price(type, S, strike, T, R, Q, VOL));
    }

    @ParameterizedTest
    @CsvSource({"CALL,90", "PUT,90", "CALL,115", "PUT,115"})
    void cashOrNothingMatchesTheIntegral(OptionType type, double strike) {
        DoubleUnaryOperator payoff = s -> (type == OptionType.CALL ? s > strike : s < strike) ? 1 : 0;
        double closed = type == OptionType.CALL
                ? BlackScholes.cashBetween(S, strike, Double.POSITIVE_INFINITY, T, R, Q, VOL)
                : BlackScholes.cashBetween(S, 0, strike, T, R, Q, VOL);
        assertRelative(ReferenceIntegrals.european(payoff, S, T, R, Q, VOL, strike), closed);
    }

    @ParameterizedTest
    @CsvSource({
        "CALL,UP_OUT,90,120", "CALL,UP_OUT,100,130", "CALL,UP_OUT,125,120",
        "PUT,UP_OUT,110,120", "PUT,UP_OUT,125,120",
        "CALL,DOWN_OUT,100,85", "CALL,DOWN_OUT,80,85",
        "PUT,DOWN_OUT,100,80", "PUT,DOWN_OUT,75,80",
        "CALL,UP_IN,100,120", "PUT,UP_IN,110,120", "CALL,DOWN_IN,100,85", "PUT,DOWN_IN,100,80", "CALL,DOWN_IN,80,85"})
    void continuousBarriersWithRebateMatchTheReflectionIntegral(OptionType type, BarrierType barrierType,
            double strike, double barrier) {
        double units = 2.5;
        double rebate = 3.0;
        BarrierTerms terms = new BarrierTerms(type, barrierType, Observation.CONTINUOUS, strike, barrier, units, rebate);
        DoubleUnaryOperator vanilla = s -> units * Math.max(type == OptionType.CALL ? s - strike : strike - s, 0);
        boolean up = barrierType.isUp();
        double alive = ReferenceIntegrals.survived(vanilla, up, S, barrier, T, R, Q, VOL, strike);
        double survival = ReferenceIntegrals.survived(s -> 1.0, up, S, barrier, T, R, Q, VOL);
        double discount = Math.exp(-R * T);
        double expected = barrierType.isKnockOut()
                ? alive + rebate * (discount - survival)
                : ReferenceIntegrals.european(vanilla, S, T, R, Q, VOL, strike) - alive + rebate * survival;
        assertRelative(expected, AnalyticPricer.barrier(terms, market(), T));
    }

    @ParameterizedTest
    @CsvSource({"CALL,UP_OUT", "CALL,UP_IN", "PUT,DOWN_OUT", "PUT,DOWN_IN", "CALL,DOWN_IN", "PUT,UP_OUT"})
    void expiryBarriersMatchTheIntegral(OptionType type, BarrierType barrierType) {
        double strike = 100;
        double barrier = barrierType.isUp() ? 120 : 85;
        BarrierTerms terms = new BarrierTerms(type, barrierType, Observation.EXPIRY, strike, barrier, 1.5, 2.0);
        DoubleUnaryOperator payoff = s -> terms.payoff(s, terms.reached(s));
        assertRelative(ReferenceIntegrals.european(payoff, S, T, R, Q, VOL, strike, barrier),
                AnalyticPricer.barrier(terms, market(), T));
    }

    @Test
    void geometricAsianOnOneDateIsBlackScholes() {
        assertRelative(BlackScholes.price(OptionType.CALL, S, 95, T, R, Q, VOL),
                GeometricAsian.price(OptionType.CALL, S, 95, new double[] {T}, T, R, Q, VOL));
        assertRelative(BlackScholes.price(OptionType.PUT, S, 95, T, R, Q, VOL),
                GeometricAsian.price(OptionType.PUT, S, 95, new double[] {T}, T, R, Q, VOL));
    }

    @Test
    void geometricAsianOnTwoDatesMatchesTheIntegral() {
        // ln G = ln S + ν(t1+t2)/2 + σ(W1 + W2)/2 is normal with variance σ²(3 t1 + t2)/4 when t1 < t2.
        double t1 = 0.25;
        double t2 = 0.75;
        double nu = R - Q - 0.5 * VOL * VOL;
        double mean = nu * (t1 + t2) / 2;
        double sd = VOL * Math.sqrt((3 * t1 + t2) / 4);
        double strike = 97;
        double expected = Math.exp(-R * t2) * ReferenceIntegrals.integrate(
                x -> Math.max(S * Math.exp(x) - strike, 0) * ReferenceIntegrals.normalDensity(x, mean, sd),
                mean - 14 * sd, mean + 14 * sd, Math.log(strike / S));
        assertRelative(expected, GeometricAsian.price(OptionType.CALL, S, strike, new double[] {t1, t2}, t2, R, Q, VOL));
    }

    @Test
    void vanillaProductUsesQuantityAndStrikeOfTheInitialPrice() {
        MarketData m = new MarketData(Fixtures.START, 104.0, 100.0, VOL, R, Q);
        var product = Fixtures.resolve(Fixtures.vanilla(OptionType.CALL, 95, 12));
        double t = DayCount.act365f(Fixtures.START, product.schedule().expiryDate());
        double expected = Fixtures.NOTIONAL / 100.0 * BlackScholes.price(OptionType.CALL, 104.0, 95.0, t, R, Q, VOL);
        assertRelative(expected, new AnalyticPricer().price(product, m).pv());
    }

    private static MarketData market() {
        return new MarketData(Fixtures.START, S, S, VOL, R, Q);
    }
}

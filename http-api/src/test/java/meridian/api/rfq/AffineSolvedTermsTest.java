package meridian.api.rfq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.Side;
import meridian.domain.rfq.parse.SolveFor;
import meridian.domain.rfq.parse.Structure;
import meridian.domain.rfq.parse.Tenor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The desk solves a coupon or a participation from two prices, on the line through them. That is exact only while the
 * PV is affine in the term: held here for every structure that solves one, at a third point far from the two.
 */
class AffineSolvedTermsTest {

    @ParameterizedTest
    @CsvSource({"SNOWBALL, COUPON, 12", "SNOWBALL, COUPON, 24", "PHOENIX, COUPON, 12", "SHARKFIN, PARTICIPATION, 3"})
    void thePvAtAnyTermLiesOnTheLineThroughTheTwoTheDeskPrices(Structure structure, SolveFor solveFor, int months) {
        RfqLeg leg = LegPricerTest.leg(structure, Side.CLIENT_BUY, solveFor, Tenor.months(months));
        double atZero = LegPricerTest.pvPct(leg, BigDecimal.ZERO);
        double atFifty = LegPricerTest.pvPct(leg, BigDecimal.valueOf(50));
        double term = 17.37;

        double onTheLine = atZero + (atFifty - atZero) * term / 50;

        assertEquals(onTheLine, LegPricerTest.pvPct(leg, BigDecimal.valueOf(term)), 1e-9,
                "PV in percent of notional at " + term);
    }
}

package meridian.pricing.template;

import meridian.domain.template.ResolvedTemplate;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateMonteCarloPricerTest {
    private final TemplateMonteCarloPricer pricer = new TemplateMonteCarloPricer(
            name -> meridian.domain.template.TradingCalendar.WEEKDAYS, TemplateMonteCarloPricer.GBM);

    private static final String SNOWBALL = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
            + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 15, \"lockMonths\": 3}";

    /** The contract's snowball written directly in Java, on its own dates, from the same path generator. */
    private static double referenceSnowball(int paths, long seed, double vol, double rate) {
        LocalDate start = Templates.START;
        LocalDate expiry = weekdayOnOrAfter(start.plusMonths(12));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start.plusDays(1); !d.isAfter(expiry); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        double[] times = days.stream().mapToDouble(d -> ChronoUnit.DAYS.between(start, d) / 365.0).toArray();
        GbmPathSource source = new GbmPathSource(100, rate, 0, vol, times, seed);
        double[] spots = new double[times.length];
        double sum = 0;
        for (int p = 0; p < paths; p++) {
            source.fill(p, spots);
            boolean knockedIn = false;
            for (double s : spots) {
                knockedIn |= s <= 80;
            }
            double value = Double.NaN;
            for (int m = 3; m <= 12; m++) {
                LocalDate date = weekdayOnOrAfter(start.plusMonths(m));
                double s = spots[days.indexOf(date)];
                if (s >= 103) {
                    double t = ChronoUnit.DAYS.between(start, date) / 365.0;
                    value = 1e6 * 0.15 * t * Math.exp(-rate * t);
                    break;
                }
            }
            if (Double.isNaN(value)) {
                double t = ChronoUnit.DAYS.between(start, expiry) / 365.0;
                value = knockedIn ? -1e6 * Math.max(1 - spots[spots.length - 1] / 100, 0) * Math.exp(-rate * t)
                        : 1e6 * 0.15 * t * Math.exp(-rate * t);
            }
            sum += value;
        }
        return sum / paths;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    @Test
    void snowballTemplateEqualsADirectImplementationOnTheSamePaths() {
        ResolvedTemplate snowball = Templates.resolve("snowball", SNOWBALL, Templates.market(0.25, 0.02, 0));
        TemplateMonteCarloPricer.Result template = pricer.price(snowball, 20_000, 11);
        double reference = referenceSnowball(20_000, 11, 0.25, 0.02);
        assertEquals(reference, template.pv(), 1e-9 * Math.abs(reference));
        assertTrue(template.stdErr() > 0 && template.stdErr() < 0.05 * Math.abs(template.pv()) + 2000, template.toString());
    }

    @Test
    void samePathsAndSeedGiveTheSamePriceAndAnotherSeedAnother() {
        ResolvedTemplate snowball = Templates.resolve("snowball", SNOWBALL, Templates.market(0.25, 0.02, 0));
        double first = pricer.price(snowball, 10_000, 5).pv();
        assertEquals(first, pricer.price(snowball, 10_000, 5).pv());
        assertNotEquals(first, pricer.price(snowball, 10_000, 6).pv());
    }

    @Test
    void sharkfinThatCannotBeReachedIsACallWithinThreeStandardErrorsOfBlackScholes() {
        String terms = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12, \"optionType\": \"CALL\","
                + " \"strikePct\": 95, \"barrierPct\": 100000, \"participationPct\": 80, \"observation\": \"EXPIRY\"}";
        double vol = 0.3;
        double rate = 0.03;
        double yield = 0.01;
        ResolvedTemplate sharkfin = Templates.resolve("sharkfin", terms, Templates.market(vol, rate, yield));
        TemplateMonteCarloPricer.Result mc = pricer.price(sharkfin, 40_000, 3);
        double t = 365 / 365.0;
        double forward = 100 * Math.exp((rate - yield) * t);
        double strike = 95;
        double d1 = (Math.log(forward / strike) + 0.5 * vol * vol * t) / (vol * Math.sqrt(t));
        double d2 = d1 - vol * Math.sqrt(t);
        double call = Math.exp(-rate * t) * (forward * cdf(d1) - strike * cdf(d2));
        double expected = 1_000_000 * 0.8 * call / 100;
        assertEquals(expected, mc.pv(), 3 * mc.stdErr(), "MC " + mc + " vs " + expected);
    }

    /** Standard normal distribution (Abramowitz-Stegun 26.2.17, error below 1e-7). */
    private static double cdf(double x) {
        double k = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }
}

package meridian.pricing.template;

import meridian.domain.template.ResolvedTemplate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The built-in templates on hand-made paths, against payoffs worked out by hand from the contract. */
class TemplateInterpreterTest {
    private static final String SNOWBALL = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 12,"
            + " \"knockOutPct\": 103, \"knockInPct\": 80, \"couponPct\": 20, \"lockMonths\": 3}";
    private static final String PHOENIX = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 6,"
            + " \"knockOutPct\": 100, \"knockInPct\": 70, \"couponBarrierPct\": 85, \"couponPct\": 12, \"lockMonths\": 2}";

    record Flow(double amount, double days) {
    }

    private static List<Flow> run(ResolvedTemplate template, double[] spots) {
        List<Flow> flows = new ArrayList<>();
        new TemplateInterpreter(template).run(spots, (amount, days) -> flows.add(new Flow(amount, days)));
        return flows;
    }

    private static double[] flat(ResolvedTemplate template, double level) {
        double[] spots = new double[template.observationCount()];
        Arrays.fill(spots, level);
        return spots;
    }

    private static void set(ResolvedTemplate template, double[] spots, LocalDate date, double level) {
        int index = template.observationDates().indexOf(date);
        if (index < 0) {
            throw new IllegalArgumentException(date + " is not observed");
        }
        spots[index] = level;
    }

    private static double days(LocalDate date) {
        return ChronoUnit.DAYS.between(Templates.START, date);
    }

    private static void assertFlows(List<Flow> expected, List<Flow> actual) {
        assertEquals(expected.size(), actual.size(), "cash flows " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).amount(), actual.get(i).amount(), 1e-9 * Math.max(1, Math.abs(expected.get(i).amount())),
                    "amount of flow " + i + " in " + actual);
            assertEquals(expected.get(i).days(), actual.get(i).days(), "date of flow " + i + " in " + actual);
        }
    }

    @Test
    void snowballKnocksOutOnTheFirstUnlockedMonthAboveTheLevel() {
        ResolvedTemplate snowball = Templates.resolve("snowball", SNOWBALL, Templates.market(0.2, 0.02, 0));
        double[] spots = flat(snowball, 100);
        set(snowball, spots, LocalDate.of(2026, 2, 5), 110);   // month 1 is locked
        set(snowball, spots, LocalDate.of(2026, 5, 5), 103);   // month 4: exactly at the level knocks out
        LocalDate koDate = LocalDate.of(2026, 5, 5);
        assertFlows(List.of(new Flow(1_000_000 * 0.20 * days(koDate) / 365, days(koDate))), run(snowball, spots));
    }

    @Test
    void snowballKnockedInLosesThePerformanceAtExpiry() {
        ResolvedTemplate snowball = Templates.resolve("snowball", SNOWBALL, Templates.market(0.2, 0.02, 0));
        double[] spots = flat(snowball, 95);
        set(snowball, spots, LocalDate.of(2026, 8, 17), 80);    // a Monday: at the knock-in level
        LocalDate expiry = LocalDate.of(2027, 1, 5);
        set(snowball, spots, expiry, 90);
        assertFlows(List.of(new Flow(-1_000_000 * (1 - 0.9), days(expiry))), run(snowball, spots));
        set(snowball, spots, expiry, 120);                      // knock-out on the last date wins over the knock-in
        assertFlows(List.of(new Flow(1_000_000 * 0.20 * 365 / 365, 365)), run(snowball, spots));
    }

    @Test
    void snowballWithNeitherEventPaysTheDividendCoupon() {
        ResolvedTemplate snowball = Templates.resolve("snowball", SNOWBALL.replace("}", ", \"dividendCouponPct\": 5}"),
                Templates.market(0.2, 0.02, 0));
        double[] spots = flat(snowball, 81);
        assertFlows(List.of(new Flow(1_000_000 * 0.05, 365)), run(snowball, spots));
    }

    @Test
    void phoenixPaysMonthlyCouponsAboveTheBarrierUntilKnockOut() {
        ResolvedTemplate phoenix = Templates.resolve("phoenix", PHOENIX, Templates.market(0.2, 0.02, 0));
        double[] spots = flat(phoenix, 90);
        set(phoenix, spots, LocalDate.of(2026, 2, 5), 101);    // month 1: coupon, knock-out locked
        set(phoenix, spots, LocalDate.of(2026, 3, 5), 84);     // month 2: below the coupon barrier
        LocalDate april = LocalDate.of(2026, 4, 6);             // month 3 rolls from Sunday the 5th
        set(phoenix, spots, april, 100);                        // coupon and knock-out
        double coupon = 1_000_000 * 0.12 / 12;
        assertFlows(List.of(new Flow(coupon, 31), new Flow(coupon, days(april))), run(phoenix, spots));
    }

    @Test
    void phoenixKnockedInPaysCouponsAndLosesAtExpiry() {
        ResolvedTemplate phoenix = Templates.resolve("phoenix", PHOENIX, Templates.market(0.2, 0.02, 0));
        double[] spots = flat(phoenix, 86);
        set(phoenix, spots, LocalDate.of(2026, 3, 10), 69);
        LocalDate expiry = LocalDate.of(2026, 7, 6);            // 2026-07-05 is a Sunday
        set(phoenix, spots, expiry, 60);
        List<Flow> flows = run(phoenix, spots);
        assertEquals(6, flows.size());                          // five coupons (not at expiry: 60 < 85) and the loss
        assertEquals(new Flow(-1_000_000 * 0.4, days(expiry)), flows.get(5));
        assertEquals(5 * 10_000.0, flows.subList(0, 5).stream().mapToDouble(Flow::amount).sum(), 1e-9);
    }

    @Test
    void sharkfinCallPaysParticipationOrRebate() {
        String terms = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 3, \"optionType\": \"CALL\","
                + " \"strikePct\": 100, \"barrierPct\": 120, \"participationPct\": 60, \"rebatePct\": 3, \"observation\": \"DAILY\"}";
        ResolvedTemplate sharkfin = Templates.resolve("sharkfin", terms, Templates.market(0.2, 0.02, 0));
        double[] spots = flat(sharkfin, 110);
        LocalDate expiry = LocalDate.of(2026, 4, 6);
        set(sharkfin, spots, expiry, 115);
        assertFlows(List.of(new Flow(1_000_000 * 0.6 * 0.15, days(expiry))), run(sharkfin, spots));
        set(sharkfin, spots, LocalDate.of(2026, 2, 2), 120);
        assertFlows(List.of(new Flow(1_000_000 * 0.03, days(expiry))), run(sharkfin, spots));
    }

    @Test
    void sharkfinPutObservedAtExpiryOnlyIgnoresTheWay() {
        String terms = "{\"notional\": 1000000, \"startDate\": \"2026-01-05\", \"tenorMonths\": 3, \"optionType\": \"PUT\","
                + " \"strikePct\": 100, \"barrierPct\": 80, \"participationPct\": 100, \"observation\": \"EXPIRY\"}";
        ResolvedTemplate sharkfin = Templates.resolve("sharkfin", terms, Templates.market(0.2, 0.02, 0));
        assertEquals(1, sharkfin.observationCount());
        assertFlows(List.of(new Flow(0.0, 91)), run(sharkfin, new double[]{75}));   // reached: rebate 0
        assertFlows(List.of(new Flow(1_000_000 * 0.15, 91)), run(sharkfin, new double[]{85}));
    }
}

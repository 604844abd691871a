package meridian.pricing;

import java.time.LocalDate;
import java.util.List;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.schedule.DayCount;

/**
 * Observation dates seen from a valuation date. Dates before it are past: without fixing history they are taken
 * as not having triggered anything (and refused where a fixing enters the payoff, as for averaging).
 * A date equal to the valuation date is observed at time 0, i.e. at the current spot.
 */
public final class Observations {
    private Observations() {
    }

    public static double[] futureTimes(LocalDate valuation, List<LocalDate> dates) {
        return dates.stream().filter(d -> !d.isBefore(valuation))
                .mapToDouble(d -> DayCount.act365f(valuation, d)).toArray();
    }

    public static List<LocalDate> futureDates(LocalDate valuation, List<LocalDate> dates) {
        return dates.stream().filter(d -> !d.isBefore(valuation)).toList();
    }

    public static void requireNoPastFixings(LocalDate valuation, List<LocalDate> dates) {
        long past = dates.stream().filter(d -> d.isBefore(valuation)).count();
        if (past > 0) {
            throw new ValidationException("market.valuationDate", "is after " + past
                    + " averaging dates; pricing with past fixings is not supported yet");
        }
    }
}

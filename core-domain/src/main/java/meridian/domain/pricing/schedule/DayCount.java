package meridian.domain.pricing.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** ACT/365F, the contract's only year fraction. */
public final class DayCount {
    private DayCount() {
    }

    public static double act365f(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 365.0;
    }
}

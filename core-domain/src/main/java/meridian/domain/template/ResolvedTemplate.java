package meridian.domain.template;

import meridian.domain.template.script.Program;

import java.time.LocalDate;
import java.util.List;

/**
 * A template bound to one set of terms and one market: the program plus flat arrays an interpreter (CPU or GPU)
 * needs. The engine simulates the spot at {@code observationYears[i]} (ACT/365F from the valuation date) for
 * i = 0..n-1; schedule s of the program covers entries {@code scheduleStart[s] .. + scheduleLength[s]} of
 * {@code observationIndex} (index into the simulated spots) and {@code observationDays} (days after valuation).
 * Arrays are shared, not copied: treat them as read-only.
 */
public record ResolvedTemplate(Program program, MarketInputs market, List<LocalDate> observationDates,
                               double[] observationYears, double[] initialSlots, int[] scheduleStart,
                               int[] scheduleLength, int[] observationIndex, double[] observationDays) {
    public ResolvedTemplate {
        observationDates = List.copyOf(observationDates);
    }

    public int observationCount() {
        return observationYears.length;
    }
}

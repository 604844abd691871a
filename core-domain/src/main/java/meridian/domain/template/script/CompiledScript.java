package meridian.domain.template.script;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.TermSet;
import meridian.domain.template.TradingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A compiled script: the path {@link Program} plus what resolution must compute before the path
 * (slot values, the dates of each schedule, the term checks of {@code require}).
 */
public final class CompiledScript {
    /** A slot of the program filled before the path with the value of a SETUP expression. */
    public record SetupSlot(int slot, Expr expr) {
    }

    /** Schedule {@code id} of the program: the dates of a schedule expression, or of one date ({@code single}). */
    public record ScheduleBinding(int id, Expr expr, boolean single) {
    }

    private final CheckedScript script;
    private final Program program;
    private final List<SetupSlot> setupSlots;
    private final List<ScheduleBinding> schedules;
    private final List<Stmt.Require> requires;

    CompiledScript(CheckedScript script, Program program, List<SetupSlot> setupSlots, List<ScheduleBinding> schedules,
                   List<Stmt.Require> requires) {
        this.script = script;
        this.program = program;
        this.setupSlots = List.copyOf(setupSlots);
        this.schedules = List.copyOf(schedules);
        this.requires = List.copyOf(requires);
    }

    public Program program() {
        return program;
    }

    /**
     * Binds the program to one pricing: checks the {@code require}s (failures name {@code termsPath.<term>}),
     * computes the slots and lays all observation dates on one ascending timeline.
     */
    public ResolvedTemplate resolve(TermSet terms, MarketInputs market, TradingCalendar calendar, String termsPath) {
        SetupEvaluator setup = new SetupEvaluator(script, terms, market, calendar, termsPath);
        List<FieldError> failed = new ArrayList<>();
        for (Stmt.Require require : requires) {
            if (!(Boolean) setup.eval(require.condition())) {
                failed.add(new FieldError(termsPath + "." + require.field(), require.message()));
            }
        }
        if (!failed.isEmpty()) {
            throw new ValidationException(failed);
        }
        List<List<LocalDate>> scheduleDates = new ArrayList<>();
        TreeSet<LocalDate> timeline = new TreeSet<>();
        for (ScheduleBinding binding : schedules) {
            List<LocalDate> dates = setup.schedule(binding.expr());
            if (binding.single() && dates.get(0).isBefore(market.valuationDate())) {
                throw new ValidationException("market.valuationDate", "is after " + dates.get(0) + ", the date that spot() reads at line "
                        + binding.expr().position().line() + ", column " + binding.expr().position().column()
                        + "; past fixings are not supported");
            }
            scheduleDates.add(dates);
            timeline.addAll(dates);
        }
        List<LocalDate> observationDates = List.copyOf(timeline);
        Map<LocalDate, Integer> indexOf = new HashMap<>();
        double[] observationYears = new double[observationDates.size()];
        for (int i = 0; i < observationDates.size(); i++) {
            indexOf.put(observationDates.get(i), i);
            observationYears[i] = setup.daysAfterValuation(observationDates.get(i)) / 365.0;
        }
        int total = scheduleDates.stream().mapToInt(List::size).sum();
        int[] start = new int[schedules.size()];
        int[] length = new int[schedules.size()];
        int[] observationIndex = new int[total];
        double[] observationDays = new double[total];
        int next = 0;
        for (int s = 0; s < schedules.size(); s++) {
            start[s] = next;
            length[s] = scheduleDates.get(s).size();
            for (LocalDate date : scheduleDates.get(s)) {
                observationIndex[next] = indexOf.get(date);
                observationDays[next] = setup.daysAfterValuation(date);
                next++;
            }
        }
        double[] slots = new double[program.slotCount()];
        for (SetupSlot slot : setupSlots) {
            slots[slot.slot()] = setup.asSlot(slot.expr());
        }
        return new ResolvedTemplate(program, market, observationDates, observationYears, slots, start, length,
                observationIndex, observationDays);
    }
}

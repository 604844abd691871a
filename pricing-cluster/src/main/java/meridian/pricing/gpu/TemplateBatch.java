package meridian.pricing.gpu;

import meridian.domain.template.MarketInputs;
import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.script.Program;

/**
 * A resolved template as the template_mc kernel reads it: the market's drift terms (computed as MonteCarloEngine
 * does), the observation grid as step lengths and their square roots, and the program with its bound schedules.
 * {@link #scratchRows} doubles of working storage per thread: both paths' spots, the slots, the stack.
 */
public record TemplateBatch(double logSpot, double mu, double vol, double rate, double[] stepLengths,
        double[] stepRoots, int[] code, double[] constants, double[] initialSlots, int slotCount, int maxStack,
        int[] scheduleStart, int[] scheduleLength, int[] observationIndex, double[] observationDays) {

    public static TemplateBatch of(ResolvedTemplate template) {
        MarketInputs m = template.market();
        double[] times = template.observationYears();
        double[] lengths = new double[times.length];
        double[] roots = new double[times.length];
        double previous = 0.0;
        for (int k = 0; k < times.length; k++) {
            lengths[k] = times[k] - previous;
            if (lengths[k] < 0) {
                throw new IllegalArgumentException("times must ascend from 0");
            }
            roots[k] = Math.sqrt(lengths[k]);
            previous = times[k];
        }
        Program program = template.program();
        return new TemplateBatch(Math.log(m.spot()), m.rate() - m.dividendYield() - 0.5 * m.vol() * m.vol(), m.vol(),
                m.rate(), lengths, roots, program.code(), program.constants(), template.initialSlots(),
                Math.max(program.slotCount(), 1), Math.max(program.maxStack(), 1), template.scheduleStart(),
                template.scheduleLength(), template.observationIndex(), template.observationDays());
    }

    public int observations() {
        return stepLengths.length;
    }

    public int scratchRows() {
        return 2 * observations() + slotCount + maxStack;
    }
}

package meridian.pricing.template;

import meridian.domain.template.ResolvedTemplate;
import meridian.domain.template.script.OpCode;
import meridian.domain.template.script.Program;

/**
 * Runs a resolved template's program on one path at a time. All working storage is allocated once here, so
 * {@link #run} allocates nothing. Not thread-safe: one interpreter per thread.
 */
public final class TemplateInterpreter {
    private final int[] code;
    private final double[] constants;
    private final double[] initialSlots;
    private final int[] scheduleStart;
    private final int[] scheduleLength;
    private final int[] observationIndex;
    private final double[] observationDays;
    private final int observationCount;
    private final double[] slots;
    private final double[] stack;

    public TemplateInterpreter(ResolvedTemplate template) {
        Program program = template.program();
        this.code = program.code();
        this.constants = program.constants();
        this.initialSlots = template.initialSlots().clone();
        this.scheduleStart = template.scheduleStart().clone();
        this.scheduleLength = template.scheduleLength().clone();
        this.observationIndex = template.observationIndex().clone();
        this.observationDays = template.observationDays().clone();
        this.observationCount = template.observationCount();
        this.slots = new double[Math.max(program.slotCount(), 1)];
        this.stack = new double[program.maxStack()];
    }

    /** Runs the program on {@code spots} (the spot at each observation of the template) and emits its cash flows. */
    public void run(double[] spots, CashFlowSink sink) {
        if (spots.length < observationCount) {
            throw new IllegalArgumentException("the path has " + spots.length + " spots, the template observes " + observationCount);
        }
        final int[] code = this.code;
        final double[] stack = this.stack;
        final double[] slots = this.slots;
        System.arraycopy(initialSlots, 0, slots, 0, initialSlots.length);
        int sp = 0;
        int pc = 0;
        while (true) {
            int op = code[pc];
            int arg = code[pc + 1];
            pc += 2;
            switch (op) {
                case OpCode.CONST -> stack[sp++] = constants[arg];
                case OpCode.LOAD -> stack[sp++] = slots[arg];
                case OpCode.STORE -> slots[arg] = stack[--sp];
                case OpCode.ADD -> { sp--; stack[sp - 1] += stack[sp]; }
                case OpCode.SUB -> { sp--; stack[sp - 1] -= stack[sp]; }
                case OpCode.MUL -> { sp--; stack[sp - 1] *= stack[sp]; }
                case OpCode.DIV -> { sp--; stack[sp - 1] /= stack[sp]; }
                case OpCode.NEG -> stack[sp - 1] = -stack[sp - 1];
                case OpCode.LT -> { sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1.0 : 0.0; }
                case OpCode.LE -> { sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp] ? 1.0 : 0.0; }
                case OpCode.GT -> { sp--; stack[sp - 1] = stack[sp - 1] > stack[sp] ? 1.0 : 0.0; }
                case OpCode.GE -> { sp--; stack[sp - 1] = stack[sp - 1] >= stack[sp] ? 1.0 : 0.0; }
                case OpCode.EQ -> { sp--; stack[sp - 1] = stack[sp - 1] == stack[sp] ? 1.0 : 0.0; }
                case OpCode.NE -> { sp--; stack[sp - 1] = stack[sp - 1] != stack[sp] ? 1.0 : 0.0; }
                case OpCode.NOT -> stack[sp - 1] = stack[sp - 1] == 0.0 ? 1.0 : 0.0;
                case OpCode.AND -> { sp--; stack[sp - 1] = stack[sp - 1] != 0.0 && stack[sp] != 0.0 ? 1.0 : 0.0; }
                case OpCode.OR -> { sp--; stack[sp - 1] = stack[sp - 1] != 0.0 || stack[sp] != 0.0 ? 1.0 : 0.0; }
                case OpCode.MAX -> { sp--; stack[sp - 1] = Math.max(stack[sp - 1], stack[sp]); }
                case OpCode.MIN -> { sp--; stack[sp - 1] = Math.min(stack[sp - 1], stack[sp]); }
                case OpCode.ABS -> stack[sp - 1] = Math.abs(stack[sp - 1]);
                case OpCode.EXP -> stack[sp - 1] = Math.exp(stack[sp - 1]);
                case OpCode.LOG -> stack[sp - 1] = Math.log(stack[sp - 1]);
                case OpCode.SQRT -> stack[sp - 1] = Math.sqrt(stack[sp - 1]);
                case OpCode.SPOT -> stack[sp - 1] = spots[observationIndex[scheduleStart[arg] + (int) stack[sp - 1]]];
                case OpCode.OBS_DAYS -> stack[sp - 1] = observationDays[scheduleStart[arg] + (int) stack[sp - 1]];
                case OpCode.SCHED_LEN -> stack[sp++] = scheduleLength[arg];
                case OpCode.JUMP -> pc = 2 * arg;
                case OpCode.JUMP_IF_FALSE -> {
                    if (stack[--sp] == 0.0) {
                        pc = 2 * arg;
                    }
                }
                case OpCode.PAY -> {
                    sp -= 2;
                    sink.pay(stack[sp], stack[sp + 1]);
                }
                case OpCode.STOP -> {
                    return;
                }
                default -> throw new IllegalStateException("bad opcode " + op + " at " + (pc / 2 - 1));
            }
        }
    }
}

package meridian.domain.template.script;

/**
 * Instructions of the path program: a stack machine over doubles. Every instruction is two ints,
 * the opcode and one operand (0 when unused), so that a GPU kernel can walk the same int array.
 * Booleans are 1.0 and 0.0; dates are days after the valuation date.
 */
public final class OpCode {
    /** push constants[operand]. */
    public static final int CONST = 0;
    /** push slots[operand]. */
    public static final int LOAD = 1;
    /** slots[operand] = pop. */
    public static final int STORE = 2;
    public static final int ADD = 3;
    public static final int SUB = 4;
    public static final int MUL = 5;
    public static final int DIV = 6;
    public static final int NEG = 7;
    public static final int LT = 8;
    public static final int LE = 9;
    public static final int GT = 10;
    public static final int GE = 11;
    public static final int EQ = 12;
    public static final int NE = 13;
    public static final int NOT = 14;
    public static final int AND = 15;
    public static final int OR = 16;
    public static final int MAX = 17;
    public static final int MIN = 18;
    public static final int ABS = 19;
    public static final int EXP = 20;
    public static final int LOG = 21;
    public static final int SQRT = 22;
    /** j = pop; push the spot at observation j of schedule operand. */
    public static final int SPOT = 23;
    /** j = pop; push the date (days after valuation) of observation j of schedule operand. */
    public static final int OBS_DAYS = 24;
    /** push the number of observations of schedule operand. */
    public static final int SCHED_LEN = 25;
    /** go to instruction operand. */
    public static final int JUMP = 26;
    /** c = pop; go to instruction operand when c is 0. */
    public static final int JUMP_IF_FALSE = 27;
    /** days = pop, amount = pop; emit the cash flow (amount, days). */
    public static final int PAY = 28;
    /** end the path. */
    public static final int STOP = 29;

    private static final String[] NAMES = {"CONST", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "NEG", "LT", "LE",
            "GT", "GE", "EQ", "NE", "NOT", "AND", "OR", "MAX", "MIN", "ABS", "EXP", "LOG", "SQRT", "SPOT", "OBS_DAYS",
            "SCHED_LEN", "JUMP", "JUMP_IF_FALSE", "PAY", "STOP"};
    /** Change of stack depth per opcode. */
    private static final int[] STACK_EFFECT = {1, 1, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1,
            -1, 0, 0, 0, 0, 0, 0, 1, 0, -1, -2, 0};

    private OpCode() {
    }

    public static String name(int op) {
        return NAMES[op];
    }

    public static boolean hasOperand(int op) {
        return op == CONST || op == LOAD || op == STORE || op == SPOT || op == OBS_DAYS || op == SCHED_LEN
                || op == JUMP || op == JUMP_IF_FALSE;
    }

    static int stackEffect(int op) {
        return STACK_EFFECT[op];
    }

    static int count() {
        return NAMES.length;
    }
}

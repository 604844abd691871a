package meridian.domain.template.script;

import java.util.Arrays;

/**
 * The compact form of a script's path part: {@code code} holds (opcode, operand) pairs, {@code constants} the
 * literal numbers. {@code slotCount} doubles of working storage and a stack of {@code maxStack} doubles suffice
 * to run it; {@code scheduleCount} schedules are bound when the template is resolved for a pricing.
 */
public record Program(int[] code, double[] constants, int slotCount, int maxStack, int scheduleCount) {
    public Program {
        code = code.clone();
        constants = constants.clone();
    }

    @Override
    public int[] code() {
        return code.clone();
    }

    @Override
    public double[] constants() {
        return constants.clone();
    }

    public int instructionCount() {
        return code.length / 2;
    }

    public int opAt(int instruction) {
        return code[2 * instruction];
    }

    public int operandAt(int instruction) {
        return code[2 * instruction + 1];
    }

    /** One line per instruction, e.g. {@code 12  SPOT 1}. */
    public String disassemble() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < instructionCount(); i++) {
            int op = opAt(i);
            text.append(String.format("%4d  %s", i, OpCode.name(op)));
            if (op == OpCode.CONST) {
                text.append(' ').append(constants[operandAt(i)]);
            } else if (OpCode.hasOperand(op)) {
                text.append(' ').append(operandAt(i));
            }
            text.append('\n');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Program that && Arrays.equals(code, that.code) && Arrays.equals(constants, that.constants)
                && slotCount == that.slotCount && maxStack == that.maxStack && scheduleCount == that.scheduleCount;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(code) + Arrays.hashCode(constants);
    }

    @Override
    public String toString() {
        return "Program[" + instructionCount() + " instructions, " + constants.length + " constants, " + slotCount
                + " slots, stack " + maxStack + ", " + scheduleCount + " schedules]";
    }
}

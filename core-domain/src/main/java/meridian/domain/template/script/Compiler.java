package meridian.domain.template.script;

import meridian.domain.template.TermField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a checked script to a {@link Program}. Everything the path does not change is lifted out: a value
 * known before the path becomes a slot that resolution fills in, so the program only does per-path work.
 */
public final class Compiler {
    private final CheckedScript script;
    private final List<Integer> code = new ArrayList<>();
    private final List<Double> constants = new ArrayList<>();
    private final Map<Double, Integer> constantIndex = new HashMap<>();
    private final List<CompiledScript.SetupSlot> setupSlots = new ArrayList<>();
    private final Map<Symbol, Integer> symbolSlots = new IdentityHashMap<>();
    private final List<CompiledScript.ScheduleBinding> schedules = new ArrayList<>();
    private final Map<Stmt.For, Integer> loopSchedules = new IdentityHashMap<>();
    private final Map<Symbol, Integer> fixedDateSchedules = new IdentityHashMap<>();
    private final List<List<Integer>> breakPatches = new ArrayList<>();
    private int slotCount;
    private int depth;
    private int maxDepth;

    private Compiler(CheckedScript script) {
        this.script = script;
    }

    /** Parses, checks and compiles; throws {@link ScriptException} naming line and column of each problem. */
    public static CompiledScript compile(String source, List<TermField> fields) {
        List<Stmt> program = Parser.parse(source);
        CheckedScript checked = TypeChecker.check(program, fields);
        return new Compiler(checked).run();
    }

    private CompiledScript run() {
        List<Stmt.Require> requires = new ArrayList<>();
        for (Stmt statement : script.statements()) {
            if (statement instanceof Stmt.Require require) {
                requires.add(require);
            }
        }
        block(script.statements());
        emit(OpCode.STOP, 0);
        int[] codeArray = code.stream().mapToInt(Integer::intValue).toArray();
        double[] constantArray = constants.stream().mapToDouble(Double::doubleValue).toArray();
        Program program = new Program(codeArray, constantArray, slotCount, Math.max(maxDepth, 1), schedules.size());
        return new CompiledScript(script, program, setupSlots, schedules, requires);
    }

    private void block(List<Stmt> statements) {
        for (Stmt statement : statements) {
            statement(statement);
        }
    }

    private void statement(Stmt statement) {
        if (statement instanceof Stmt.Let let) {
            Symbol symbol = script.declared(let);
            if (symbol.phase() == Phase.PATH) {
                expr(let.value());
                emit(OpCode.STORE, slotOf(symbol));
            }
        } else if (statement instanceof Stmt.Var var) {
            expr(var.initial());
            emit(OpCode.STORE, slotOf(script.declared(var)));
        } else if (statement instanceof Stmt.Assign assign) {
            expr(assign.value());
            emit(OpCode.STORE, slotOf(script.declared(assign)));
        } else if (statement instanceof Stmt.If ifStmt) {
            expr(ifStmt.condition());
            int toElse = emit(OpCode.JUMP_IF_FALSE, -1);
            block(ifStmt.thenBlock());
            if (ifStmt.elseBlock().isEmpty()) {
                patch(toElse, here());
            } else {
                int toEnd = emit(OpCode.JUMP, -1);
                patch(toElse, here());
                block(ifStmt.elseBlock());
                patch(toEnd, here());
            }
        } else if (statement instanceof Stmt.For loop) {
            forLoop(loop);
        } else if (statement instanceof Stmt.Pay pay) {
            expr(pay.amount());
            expr(pay.date());
            emit(OpCode.PAY, 0);
        } else if (statement instanceof Stmt.Stop) {
            emit(OpCode.STOP, 0);
        } else if (statement instanceof Stmt.Break) {
            breakPatches.get(breakPatches.size() - 1).add(emit(OpCode.JUMP, -1));
        }
        // a require is checked when the template is resolved; it has no path code
    }

    private void forLoop(Stmt.For loop) {
        int schedule = schedules.size();
        schedules.add(new CompiledScript.ScheduleBinding(schedule, loop.schedule(), false));
        loopSchedules.put(loop, schedule);
        int counter = slotOf(script.declared(loop));
        emit(OpCode.CONST, constant(0.0));
        emit(OpCode.STORE, counter);
        int top = here();
        emit(OpCode.LOAD, counter);
        emit(OpCode.SCHED_LEN, schedule);
        emit(OpCode.LT, 0);
        int exit = emit(OpCode.JUMP_IF_FALSE, -1);
        breakPatches.add(new ArrayList<>());
        block(loop.body());
        emit(OpCode.LOAD, counter);
        emit(OpCode.CONST, constant(1.0));
        emit(OpCode.ADD, 0);
        emit(OpCode.STORE, counter);
        emit(OpCode.JUMP, top);
        int end = here();
        patch(exit, end);
        for (int jump : breakPatches.remove(breakPatches.size() - 1)) {
            patch(jump, end);
        }
    }

    private void expr(Expr expr) {
        if (expr instanceof Expr.NumberLit number) {
            emit(OpCode.CONST, constant(number.value()));
            return;
        }
        if (expr instanceof Expr.BoolLit bool) {
            emit(OpCode.CONST, constant(bool.value() ? 1.0 : 0.0));
            return;
        }
        if (script.phaseOf(expr) == Phase.SETUP) {
            emit(OpCode.LOAD, setupSlot(expr));
            return;
        }
        if (expr instanceof Expr.Name name) {
            Symbol symbol = script.symbolOf(name);
            if (symbol instanceof Symbol.Loop loop) {
                emit(OpCode.LOAD, slotOf(symbol));
                emit(OpCode.OBS_DAYS, loopSchedules.get(loop.declaration()));
            } else {
                emit(OpCode.LOAD, slotOf(symbol));
            }
        } else if (expr instanceof Expr.Unary unary) {
            expr(unary.operand());
            emit(unary.op() == Expr.UnaryOp.NEGATE ? OpCode.NEG : OpCode.NOT, 0);
        } else if (expr instanceof Expr.Binary binary) {
            expr(binary.left());
            expr(binary.right());
            emit(binaryOp(binary.op()), 0);
        } else if (expr instanceof Expr.Conditional conditional) {
            expr(conditional.condition());
            int toElse = emit(OpCode.JUMP_IF_FALSE, -1);
            expr(conditional.whenTrue());
            int toEnd = emit(OpCode.JUMP, -1);
            depth--;
            patch(toElse, here());
            expr(conditional.whenFalse());
            patch(toEnd, here());
        } else {
            call((Expr.Call) expr);
        }
    }

    private void call(Expr.Call call) {
        List<Expr> args = call.arguments();
        switch (call.function()) {
            case "spot" -> spot(args.get(0));
            case "max", "min" -> {
                expr(args.get(0));
                for (int i = 1; i < args.size(); i++) {
                    expr(args.get(i));
                    emit(call.function().equals("max") ? OpCode.MAX : OpCode.MIN, 0);
                }
            }
            case "abs", "exp", "log", "sqrt" -> {
                expr(args.get(0));
                emit(switch (call.function()) {
                    case "abs" -> OpCode.ABS;
                    case "exp" -> OpCode.EXP;
                    case "log" -> OpCode.LOG;
                    default -> OpCode.SQRT;
                }, 0);
            }
            case "yearFrac", "days" -> {
                expr(args.get(1));
                expr(args.get(0));
                emit(OpCode.SUB, 0);
                if (call.function().equals("yearFrac")) {
                    emit(OpCode.CONST, constant(365.0));
                    emit(OpCode.DIV, 0);
                }
            }
            case "addDays" -> {
                expr(args.get(0));
                expr(args.get(1));
                emit(OpCode.ADD, 0);
            }
            default -> throw new IllegalStateException(call.function() + "() is known before the path and never compiled");
        }
    }

    private void spot(Expr date) {
        if (date instanceof Expr.Name name && script.symbolOf(name) instanceof Symbol.Loop loop) {
            emit(OpCode.LOAD, slotOf(loop));
            emit(OpCode.SPOT, loopSchedules.get(loop.declaration()));
            return;
        }
        Symbol named = date instanceof Expr.Name name ? script.symbolOf(name) : null;
        Integer schedule = named == null ? null : fixedDateSchedules.get(named);
        if (schedule == null) {
            schedule = schedules.size();
            schedules.add(new CompiledScript.ScheduleBinding(schedule, date, true));
            if (named != null) {
                fixedDateSchedules.put(named, schedule);
            }
        }
        emit(OpCode.CONST, constant(0.0));
        emit(OpCode.SPOT, schedule);
    }

    private static int binaryOp(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> OpCode.ADD;
            case SUBTRACT -> OpCode.SUB;
            case MULTIPLY -> OpCode.MUL;
            case DIVIDE -> OpCode.DIV;
            case LESS -> OpCode.LT;
            case LESS_EQUAL -> OpCode.LE;
            case GREATER -> OpCode.GT;
            case GREATER_EQUAL -> OpCode.GE;
            case EQUAL -> OpCode.EQ;
            case NOT_EQUAL -> OpCode.NE;
            case AND -> OpCode.AND;
            case OR -> OpCode.OR;
        };
    }

    private int slotOf(Symbol symbol) {
        return symbolSlots.computeIfAbsent(symbol, s -> slotCount++);
    }

    private int setupSlot(Expr expr) {
        Symbol symbol = expr instanceof Expr.Name name ? script.symbolOf(name) : null;
        if (symbol != null && symbolSlots.containsKey(symbol)) {
            return symbolSlots.get(symbol);
        }
        int slot = slotCount++;
        setupSlots.add(new CompiledScript.SetupSlot(slot, expr));
        if (symbol != null) {
            symbolSlots.put(symbol, slot);
        }
        return slot;
    }

    private int constant(double value) {
        return constantIndex.computeIfAbsent(value, v -> {
            constants.add(v);
            return constants.size() - 1;
        });
    }

    private int emit(int op, int operand) {
        int at = here();
        code.add(op);
        code.add(operand);
        depth += OpCode.stackEffect(op);
        maxDepth = Math.max(maxDepth, depth);
        return at;
    }

    private int here() {
        return code.size() / 2;
    }

    private void patch(int instruction, int target) {
        code.set(2 * instruction + 1, target);
    }
}

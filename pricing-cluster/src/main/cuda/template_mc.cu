// Monte Carlo of one structure template on the device: the template's compiled stack-machine program
// (meridian.domain.template.script.OpCode, the same int pairs as TemplateInterpreter walks) interpreted per path.
// The CUDA twin of TemplateMonteCarloPricer on MonteCarloEngine: exact GBM on the template's observation times,
// Philox normals keyed as NormalStream (philox_normals.cuh), antithetic pairs, cash flows discounted at the flat rate.
// Compile with -fmad=false (see book_mc.cu).
//
// Launch: grid (path blocks), block of a power-of-two threads, dynamic shared memory blockDim.x × 3 doubles.
// Thread u = blockIdx.x·blockDim.x + threadIdx.x takes pairs [u·ppt, (u+1)·ppt). Its working storage (the two
// paths' spots, the slots, the stack) is column u of `scratch` (row r at scratch[r·total_threads + u]).
// Output: per block the Welford sums n, mean, m2 of the pair averages; `error` gets 1 + the instruction index of
// a bad opcode (0 when none).

#include <stdint.h>

#include "philox_normals.cuh"

#define OP_CONST 0
#define OP_LOAD 1
#define OP_STORE 2
#define OP_ADD 3
#define OP_SUB 4
#define OP_MUL 5
#define OP_DIV 6
#define OP_NEG 7
#define OP_LT 8
#define OP_LE 9
#define OP_GT 10
#define OP_GE 11
#define OP_EQ 12
#define OP_NE 13
#define OP_NOT 14
#define OP_AND 15
#define OP_OR 16
#define OP_MAX 17
#define OP_MIN 18
#define OP_ABS 19
#define OP_EXP 20
#define OP_LOG 21
#define OP_SQRT 22
#define OP_SPOT 23
#define OP_OBS_DAYS 24
#define OP_SCHED_LEN 25
#define OP_JUMP 26
#define OP_JUMP_IF_FALSE 27
#define OP_PAY 28
#define OP_STOP 29

struct TemplateProgram {
    const int *code;
    const double *constants;
    const double *initial_slots;
    int initial_slot_count;
    const int *schedule_start;
    const int *schedule_length;
    const int *observation_index;
    const double *observation_days;
    double rate;
};

// Java's Math.max / Math.min: NaN wins, and +0.0 is above -0.0.
__device__ __forceinline__ double java_max(double a, double b) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == 0.0 && b == 0.0) return signbit(a) ? b : a;
    return a >= b ? a : b;
}

__device__ __forceinline__ double java_min(double a, double b) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == 0.0 && b == 0.0) return signbit(a) ? a : b;
    return a <= b ? a : b;
}

// One run of the program on the spots of one path (TemplateInterpreter.run with DiscountingSink): the discounted
// value of its cash flows. Rows: spots at spots[i·stride], slots at slots[i·stride], stack at stack[i·stride].
__device__ double run_program(const TemplateProgram &p, const double *spots, double *slots, double *stack,
                              long long stride, int *error) {
    for (int i = 0; i < p.initial_slot_count; i++) {
        slots[i * stride] = p.initial_slots[i];
    }
    double value = 0.0;
    int sp = 0;
    int pc = 0;
    while (true) {
        const int op = p.code[pc];
        const int arg = p.code[pc + 1];
        pc += 2;
        switch (op) {
            case OP_CONST: stack[(sp++) * stride] = p.constants[arg]; break;
            case OP_LOAD: stack[(sp++) * stride] = slots[arg * stride]; break;
            case OP_STORE: slots[arg * stride] = stack[(--sp) * stride]; break;
            case OP_ADD: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] + stack[sp * stride]; break;
            case OP_SUB: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] - stack[sp * stride]; break;
            case OP_MUL: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] * stack[sp * stride]; break;
            case OP_DIV: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] / stack[sp * stride]; break;
            case OP_NEG: stack[(sp - 1) * stride] = -stack[(sp - 1) * stride]; break;
            case OP_LT: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] < stack[sp * stride] ? 1.0 : 0.0; break;
            case OP_LE: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] <= stack[sp * stride] ? 1.0 : 0.0; break;
            case OP_GT: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] > stack[sp * stride] ? 1.0 : 0.0; break;
            case OP_GE: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] >= stack[sp * stride] ? 1.0 : 0.0; break;
            case OP_EQ: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] == stack[sp * stride] ? 1.0 : 0.0; break;
            case OP_NE: sp--; stack[(sp - 1) * stride] = stack[(sp - 1) * stride] != stack[sp * stride] ? 1.0 : 0.0; break;
            case OP_NOT: stack[(sp - 1) * stride] = stack[(sp - 1) * stride] == 0.0 ? 1.0 : 0.0; break;
            case OP_AND:
                sp--;
                stack[(sp - 1) * stride] = stack[(sp - 1) * stride] != 0.0 && stack[sp * stride] != 0.0 ? 1.0 : 0.0;
                break;
            case OP_OR:
                sp--;
                stack[(sp - 1) * stride] = stack[(sp - 1) * stride] != 0.0 || stack[sp * stride] != 0.0 ? 1.0 : 0.0;
                break;
            case OP_MAX: sp--; stack[(sp - 1) * stride] = java_max(stack[(sp - 1) * stride], stack[sp * stride]); break;
            case OP_MIN: sp--; stack[(sp - 1) * stride] = java_min(stack[(sp - 1) * stride], stack[sp * stride]); break;
            case OP_ABS: stack[(sp - 1) * stride] = fabs(stack[(sp - 1) * stride]); break;
            case OP_EXP: stack[(sp - 1) * stride] = exp(stack[(sp - 1) * stride]); break;
            case OP_LOG: stack[(sp - 1) * stride] = log(stack[(sp - 1) * stride]); break;
            case OP_SQRT: stack[(sp - 1) * stride] = sqrt(stack[(sp - 1) * stride]); break;
            case OP_SPOT: {
                int j = (int) stack[(sp - 1) * stride];
                stack[(sp - 1) * stride] = spots[(long long) p.observation_index[p.schedule_start[arg] + j] * stride];
                break;
            }
            case OP_OBS_DAYS: {
                int j = (int) stack[(sp - 1) * stride];
                stack[(sp - 1) * stride] = p.observation_days[p.schedule_start[arg] + j];
                break;
            }
            case OP_SCHED_LEN: stack[(sp++) * stride] = (double) p.schedule_length[arg]; break;
            case OP_JUMP: pc = 2 * arg; break;
            case OP_JUMP_IF_FALSE:
                if (stack[(--sp) * stride] == 0.0) {
                    pc = 2 * arg;
                }
                break;
            case OP_PAY: {
                sp -= 2;
                double amount = stack[sp * stride];
                double days = stack[(sp + 1) * stride];
                if (days >= 0) {
                    value = value + amount * exp(-p.rate * days / 365.0);
                }
                break;
            }
            case OP_STOP: return value;
            default:
                *error = pc / 2;
                return value;
        }
    }
}

// One thread's part of the kernel; `sums` is the block's shared memory (the __global__ wrapper below, or the host
// harness src/test/cuda/template_mc_host.cpp in tests).
__device__ void template_mc_thread(long long pairs, int pairs_per_thread, unsigned long long seed, int observations,
                                   int slot_count, double log_spot, double mu, double vol, double rate,
                                   const double *step_lengths, const double *step_roots, const int *code,
                                   const double *constants, const double *initial_slots, int initial_slot_count,
                                   const int *schedule_start, const int *schedule_length,
                                   const int *observation_index, const double *observation_days, double *scratch,
                                   double *partials, int *error, double *sums) {
    const int threads = blockDim.x;
    const int t = threadIdx.x;
    const long long stride = (long long) gridDim.x * threads;
    const long long unit = (long long) blockIdx.x * threads + t;
    double *spots_a = scratch + unit;
    double *spots_b = spots_a + observations * stride;
    double *slots = spots_b + observations * stride;
    double *stack = slots + slot_count * stride;
    TemplateProgram program = {code, constants, initial_slots, initial_slot_count, schedule_start, schedule_length,
                               observation_index, observation_days, rate};
    const uint32_t k0 = (uint32_t) seed;
    const uint32_t k1 = (uint32_t) (seed >> 32);
    double n = 0.0;
    double mean = 0.0;
    double m2 = 0.0;
    int bad = 0;
    const long long first = unit * pairs_per_thread;
    const long long last = min(first + (long long) pairs_per_thread, pairs);
    for (long long pair = first; pair < last; pair++) {
        double a = log_spot;
        double b = log_spot;
        double z_even = 0.0;
        double z_odd = 0.0;
        for (int k = 0; k < observations; k++) {
            if ((k & 1) == 0) {
                normal_pair((uint32_t) (k >> 1), (uint64_t) pair, k0, k1, &z_even, &z_odd);
            }
            const double z = (k & 1) == 0 ? z_even : z_odd;
            const double drift = mu * step_lengths[k];
            const double shock = vol * step_roots[k] * z;
            a = a + (drift + shock);
            b = b + (drift - shock);
            spots_a[k * stride] = exp(a);
            spots_b[k * stride] = exp(b);
        }
        double ya = run_program(program, spots_a, slots, stack, stride, &bad);
        double yb = run_program(program, spots_b, slots, stack, stride, &bad);
        double y = 0.5 * (ya + yb);
        n = n + 1.0;
        double dy = y - mean;
        mean = mean + dy / n;
        m2 = m2 + dy * (y - mean);
    }
    if (bad != 0) {
        atomicMax(error, bad);
    }
    sums[t] = n;
    sums[threads + t] = mean;
    sums[2 * threads + t] = m2;
    __syncthreads();
    for (int step = threads / 2; step > 0; step >>= 1) {
        if (t < step && sums[t + step] != 0.0) {
            const int u = t + step;
            double nt = sums[t];
            double nu = sums[u];
            if (nt == 0.0) {
                sums[t] = nu;
                sums[threads + t] = sums[threads + u];
                sums[2 * threads + t] = sums[2 * threads + u];
            } else {
                double total = nt + nu;
                double dy = sums[threads + u] - sums[threads + t];
                double weight = nt * nu / total;
                sums[threads + t] = sums[threads + t] + dy * nu / total;
                sums[2 * threads + t] = sums[2 * threads + t] + (sums[2 * threads + u] + dy * dy * weight);
                sums[t] = total;
            }
        }
        __syncthreads();
    }
    if (t == 0) {
        partials[3 * blockIdx.x] = sums[0];
        partials[3 * blockIdx.x + 1] = sums[threads];
        partials[3 * blockIdx.x + 2] = sums[2 * threads];
    }
}

#ifdef __CUDACC__
extern "C" __global__ void template_mc(long long pairs, int pairs_per_thread, unsigned long long seed,
                                       int observations, int slot_count, double log_spot, double mu, double vol,
                                       double rate, const double *step_lengths, const double *step_roots,
                                       const int *code, const double *constants, const double *initial_slots,
                                       int initial_slot_count, const int *schedule_start,
                                       const int *schedule_length, const int *observation_index,
                                       const double *observation_days, double *scratch, double *partials,
                                       int *error) {
    extern __shared__ double sums[];
    template_mc_thread(pairs, pairs_per_thread, seed, observations, slot_count, log_spot, mu, vol, rate,
                       step_lengths, step_roots, code, constants, initial_slots, initial_slot_count, schedule_start,
                       schedule_length, observation_index, observation_days, scratch, partials, error, sums);
}
#endif

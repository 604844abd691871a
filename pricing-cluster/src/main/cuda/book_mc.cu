// Batch Monte Carlo of a book of built-in structures: the CUDA twin of meridian.pricing.book.batch.CpuBatchKernel.
//
// Compile with -fmad=false (the Maven profile does): the Java engine rounds every multiply and add on its own, and
// a fused multiply-add would change the last bits of the paths. Only log, sin, cos and exp may differ in their
// last bit from Java's, which is why GPU and CPU prices agree to 1e-6 of notional rather than bit for bit.
//
// Normals: meridian.pricing.mc.NormalStream. Key (seed low 32 bits, seed high 32 bits); counter (step / 2, 0,
// pair low 32 bits, pair high 32 bits); Philox4x32-10; two 53-bit uniforms; Box-Muller, cos for even steps and
// sin for odd ones. A pair's path uses +z, its antithetic twin −z. Normals live in registers, never in memory.
//
// Launch: grid (contracts, path blocks), block of a power-of-two threads, dynamic shared memory
// blockDim.x × LEGS × (3 + 4) doubles + blockDim.x × LEGS × 2 ints (BookKernelLaunch.sharedBytes). Thread t of path block y takes pairs [u·ppt, (u+1)·ppt) with u = y·blockDim.x + t.
// Output: per (contract, path block, leg) the Welford sums n, mean, m2 of the pair averages, merged by the host in
// path-block order.
//
// Leg layout (meridian.pricing.book.batch.BookBatch): ints kind, steps, grid offset, event offset, event count;
// doubles ln spot, drift rate, vol, then the payoff parameters p[0..9] (meridian.pricing.mc.FlatPayoff):
//   EUROPEAN           call, strike, units, discount
//   DIGITAL            call, strike, amount, discount
//   DISCRETE_BARRIER   call, strike, units, discount, up, knockOut, ln barrier, rebate
//   CONTINUOUS_BARRIER as DISCRETE_BARRIER, then vol, time
//   SNOWBALL           ln knock-out, ln knock-in, notional, initial price, dividend coupon amount, discount
//   PHOENIX            ln knock-out, ln knock-in, ln coupon barrier, notional, initial price, discount

#include <stdint.h>

#include "philox_normals.cuh"

#define LEGS 6
#define LEG_INTS 5
#define LEG_DOUBLES 13
#define SUM_WIDTH 3
#define PATH_DOUBLES 4
#define PATH_INTS 2

#define EUROPEAN 0
#define DIGITAL 1
#define DISCRETE_BARRIER 2
#define CONTINUOUS_BARRIER 3
#define SNOWBALL 4
#define PHOENIX 5

#define KNOCK_OUT 1
#define COUPON 2

#define HIT_A 1
#define HIT_B 2
#define DONE_A 4
#define DONE_B 8

// Barrier payoff at expiry (BarrierTerms.payoff): the vanilla when knock-out and reached differ, else the rebate.
__device__ __forceinline__ double barrier_payoff(const double *p, double s, bool reached) {
    bool knock_out = p[5] != 0.0;
    if (knock_out == reached) {
        return p[7];
    }
    return p[2] * fmax(p[0] != 0.0 ? s - p[1] : p[1] - s, 0.0);
}

// One observation of a path after a step (CpuBatchKernel.Path.observe).
__device__ __forceinline__ void observe(int kind, const double *p, double x, int flags, double amount,
                                        int *state, int hit_bit, int done_bit, double *value) {
    if (*state & done_bit) {
        return;
    }
    if (kind == DISCRETE_BARRIER) {
        if (p[4] != 0.0 ? x >= p[6] : x <= p[6]) {
            *state |= hit_bit;
        }
    } else if (kind == SNOWBALL) {
        if (x <= p[1]) {
            *state |= hit_bit;
        }
        if ((flags & KNOCK_OUT) != 0 && x >= p[0]) {
            *value = amount;
            *state |= done_bit;
        }
    } else if (kind == PHOENIX) {
        if (x <= p[1]) {
            *state |= hit_bit;
        }
        if ((flags & COUPON) != 0 && x >= p[2]) {
            *value = *value + amount;
        }
        if ((flags & KNOCK_OUT) != 0 && x >= p[0]) {
            *state |= done_bit;
        }
    }
}

// The discounted payoff of a path that was not knocked out (CpuBatchKernel.Path.finish).
__device__ __forceinline__ double finish(int kind, const double *p, double start, double end, bool hit, bool done,
                                         double value) {
    if (done) {
        return value;
    }
    switch (kind) {
        case EUROPEAN: {
            double s = exp(end);
            return p[3] * p[2] * fmax(p[0] != 0.0 ? s - p[1] : p[1] - s, 0.0);
        }
        case DIGITAL: {
            double s = exp(end);
            bool pays = p[0] != 0.0 ? s > p[1] : s < p[1];
            return pays ? p[3] * p[2] : 0.0;
        }
        case DISCRETE_BARRIER:
            return p[3] * barrier_payoff(p, exp(end), hit);
        case CONTINUOUS_BARRIER: {
            double log_barrier = p[6];
            bool up = p[4] != 0.0;
            double vol = p[8];
            double time = p[9];
            double h;
            if (up ? start >= log_barrier || end >= log_barrier : start <= log_barrier || end <= log_barrier) {
                h = 1.0;
            } else if (time <= 0.0) {
                h = 0.0;
            } else {
                h = exp(-2.0 * (log_barrier - start) * (log_barrier - end) / (vol * vol * time));
            }
            double s = exp(end);
            return p[3] * (h * barrier_payoff(p, s, true) + (1.0 - h) * barrier_payoff(p, s, false));
        }
        case SNOWBALL:
            if (hit) {
                return -p[5] * p[2] * fmax(1.0 - exp(end) / p[3], 0.0);
            }
            return p[5] * p[4];
        case PHOENIX:
            if (hit) {
                return value - p[5] * p[3] * fmax(1.0 - exp(end) / p[4], 0.0);
            }
            return value;
        default:
            return 0.0;
    }
}

// Welford's update (LegSums.accept) of sums stored column-wise: entry e of thread t at sums[e * threads + t].
__device__ __forceinline__ void welford_accept(double *sums, int threads, int t, int leg, double y) {
    double *n_at = sums + (leg * SUM_WIDTH) * threads + t;
    double *mean_at = n_at + threads;
    double *m2_at = mean_at + threads;
    double n = *n_at + 1.0;
    double mean = *mean_at;
    double dy = y - mean;
    mean = mean + dy / n;
    *n_at = n;
    *mean_at = mean;
    *m2_at = *m2_at + dy * (y - mean);
}

// Chan's merge (LegSums.merge) of thread u's sums into thread t's.
__device__ __forceinline__ void chan_merge(double *sums, int threads, int t, int u) {
#pragma unroll
    for (int leg = 0; leg < LEGS; leg++) {
        double *base = sums + (leg * SUM_WIDTH) * threads;
        double m = base[u];
        if (m == 0.0) {
            continue;
        }
        double n = base[t];
        if (n == 0.0) {
            base[t] = m;
            base[threads + t] = base[threads + u];
            base[2 * threads + t] = base[2 * threads + u];
            continue;
        }
        double total = n + m;
        double dy = base[threads + u] - base[threads + t];
        double weight = n * m / total;
        base[threads + t] = base[threads + t] + dy * m / total;
        base[2 * threads + t] = base[2 * threads + t] + (base[2 * threads + u] + dy * dy * weight);
        base[t] = total;
    }
}

// One thread's part of the kernel. The shared arrays come from the __global__ wrapper below (or from the host
// harness src/test/cuda/book_mc_host.cpp, which runs this very code on the CPU in tests).
__device__ void book_mc_thread(long long pairs, int pairs_per_thread, unsigned long long seed,
                               const int *__restrict__ leg_ints, const double *__restrict__ leg_doubles,
                               const double *__restrict__ step_lengths, const double *__restrict__ step_roots,
                               const int *__restrict__ event_steps, const int *__restrict__ event_flags,
                               const double *__restrict__ event_amounts, double *__restrict__ partials,
                               double *shared, int *s_ints, double *s_doubles) {
    // Dynamic shared memory, column-wise per thread: the Welford sums, then each leg's two paths
    // (ln level a, b and values so far), then each leg's state bits and next event.
    const int contract = blockIdx.x;
    const int threads = blockDim.x;
    const int t = threadIdx.x;
    double *sums = shared;
    double *paths = shared + LEGS * SUM_WIDTH * threads;
    int *states = (int *) (paths + LEGS * PATH_DOUBLES * threads);
    for (int i = t; i < LEGS * LEG_INTS; i += threads) {
        s_ints[i] = leg_ints[contract * LEGS * LEG_INTS + i];
    }
    for (int i = t; i < LEGS * LEG_DOUBLES; i += threads) {
        s_doubles[i] = leg_doubles[(long long) contract * LEGS * LEG_DOUBLES + i];
    }
    for (int e = 0; e < LEGS * SUM_WIDTH; e++) {
        sums[e * threads + t] = 0.0;
    }
    __syncthreads();

    int max_steps = 0;
    for (int l = 0; l < LEGS; l++) {
        max_steps = max(max_steps, s_ints[l * LEG_INTS + 1]);
    }
    const uint32_t k0 = (uint32_t) seed;
    const uint32_t k1 = (uint32_t) (seed >> 32);
    const long long unit = (long long) blockIdx.y * threads + t;
    const long long first = unit * pairs_per_thread;
    const long long last = min(first + (long long) pairs_per_thread, pairs);

    for (long long pair = first; pair < last; pair++) {
#pragma unroll 1
        for (int l = 0; l < LEGS; l++) {
            double *path = paths + l * PATH_DOUBLES * threads + t;
            path[0] = s_doubles[l * LEG_DOUBLES];
            path[threads] = path[0];
            path[2 * threads] = 0.0;
            path[3 * threads] = 0.0;
            int *state = states + l * PATH_INTS * threads + t;
            state[0] = s_ints[l * LEG_INTS] < 0 ? (DONE_A | DONE_B) : 0;
            state[threads] = s_ints[l * LEG_INTS + 3];
        }
        double z_even = 0.0;
        double z_odd = 0.0;
        for (int k = 0; k < max_steps; k++) {
            if ((k & 1) == 0) {
                normal_pair((uint32_t) (k >> 1), (uint64_t) pair, k0, k1, &z_even, &z_odd);
            }
            const double z = (k & 1) == 0 ? z_even : z_odd;
            bool live = false;
#pragma unroll 1
            for (int l = 0; l < LEGS; l++) {
                const int *li = s_ints + l * LEG_INTS;
                const double *ld = s_doubles + l * LEG_DOUBLES;
                int *state = states + l * PATH_INTS * threads + t;
                int bits = state[0];
                if (k < li[1] && (bits & (DONE_A | DONE_B)) != (DONE_A | DONE_B)) {
                    double *path = paths + l * PATH_DOUBLES * threads + t;
                    const int grid = li[2];
                    const double drift = ld[1] * step_lengths[grid + k];
                    const double shock = ld[2] * step_roots[grid + k] * z;
                    const double a = path[0] + (drift + shock);
                    const double b = path[threads] + (drift - shock);
                    path[0] = a;
                    path[threads] = b;
                    int flags = 0;
                    double amount = 0.0;
                    int next = state[threads];
                    if (next < li[3] + li[4] && event_steps[next] == k) {
                        flags = event_flags[next];
                        amount = event_amounts[next];
                        state[threads] = next + 1;
                    }
                    if (li[0] >= DISCRETE_BARRIER) {
                        double value_a = path[2 * threads];
                        double value_b = path[3 * threads];
                        observe(li[0], ld + 3, a, flags, amount, &bits, HIT_A, DONE_A, &value_a);
                        observe(li[0], ld + 3, b, flags, amount, &bits, HIT_B, DONE_B, &value_b);
                        path[2 * threads] = value_a;
                        path[3 * threads] = value_b;
                        state[0] = bits;
                    }
                    live = live || (k + 1 < li[1] && (bits & (DONE_A | DONE_B)) != (DONE_A | DONE_B));
                }
            }
            if (!live) {
                break;
            }
        }
#pragma unroll 1
        for (int l = 0; l < LEGS; l++) {
            const int kind = s_ints[l * LEG_INTS];
            if (kind >= 0) {
                const double *p = s_doubles + l * LEG_DOUBLES + 3;
                const double start = s_doubles[l * LEG_DOUBLES];
                const double *path = paths + l * PATH_DOUBLES * threads + t;
                const int bits = states[l * PATH_INTS * threads + t];
                double ya = finish(kind, p, start, path[0], (bits & HIT_A) != 0, (bits & DONE_A) != 0,
                                   path[2 * threads]);
                double yb = finish(kind, p, start, path[threads], (bits & HIT_B) != 0, (bits & DONE_B) != 0,
                                   path[3 * threads]);
                welford_accept(sums, threads, t, l, 0.5 * (ya + yb));
            }
        }
    }
    __syncthreads();
    for (int stride = threads / 2; stride > 0; stride >>= 1) {
        if (t < stride) {
            chan_merge(sums, threads, t, t + stride);
        }
        __syncthreads();
    }
    if (t == 0) {
        double *out = partials + ((long long) contract * gridDim.y + blockIdx.y) * LEGS * SUM_WIDTH;
        for (int e = 0; e < LEGS * SUM_WIDTH; e++) {
            out[e] = sums[e * threads];
        }
    }
}

#ifdef __CUDACC__
extern "C" __global__ void book_mc(long long pairs, int pairs_per_thread, unsigned long long seed,
                                   const int *__restrict__ leg_ints, const double *__restrict__ leg_doubles,
                                   const double *__restrict__ step_lengths, const double *__restrict__ step_roots,
                                   const int *__restrict__ event_steps, const int *__restrict__ event_flags,
                                   const double *__restrict__ event_amounts, double *__restrict__ partials) {
    extern __shared__ double shared[];
    __shared__ int s_ints[LEGS * LEG_INTS];
    __shared__ double s_doubles[LEGS * LEG_DOUBLES];
    book_mc_thread(pairs, pairs_per_thread, seed, leg_ints, leg_doubles, step_lengths, step_roots, event_steps,
                   event_flags, event_amounts, partials, shared, s_ints, s_doubles);
}
#endif

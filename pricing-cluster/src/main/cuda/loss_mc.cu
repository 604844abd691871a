// Credit losses of a loan pool under the one-factor Gaussian copula (meridian.pricing.abs.loss.CreditLossModel):
// one thread per scenario, the algorithm of CpuLossSimulator (systematic factor, conditional default probability
// per rating bucket, geometric jumps from one default to the next, clamped normal recoveries) on a counter-based
// stream instead of SplittableRandom: draw j of scenario s is Philox4x32-10 with key (seed low, seed high) and
// counter (j, 0, s, 0x4C4F5353 "LOSS"); a uniform is the 53 bits of words 0 and 1, a normal is Box-Muller (cos) of
// all four words as in philox_normals.cuh. Compile with -fmad=false.
//
// Launch: 1-D grid of blocks covering `scenarios` threads; thread t runs scenario first_scenario + t, so a range of
// scenarios draws exactly what it draws in one whole launch. Output: losses[t], the pool loss of that scenario.

#include <stdint.h>

#include "philox_normals.cuh"

#define LOSS_TAG 0x4C4F5353u

struct LossDraws {
    uint32_t k0;
    uint32_t k1;
    uint32_t scenario;
    uint32_t next;
};

__device__ __forceinline__ void loss_words(LossDraws *d, uint32_t c[4]) {
    c[0] = d->next;
    c[1] = 0u;
    c[2] = d->scenario;
    c[3] = LOSS_TAG;
    d->next++;
    philox4x32_10(c, d->k0, d->k1);
}

__device__ __forceinline__ double loss_uniform(LossDraws *d) {
    uint32_t c[4];
    loss_words(d, c);
    return combine53(c[0], c[1]) * (1.0 / 9007199254740992.0);
}

__device__ __forceinline__ double loss_normal(LossDraws *d) {
    uint32_t c[4];
    loss_words(d, c);
    double u1 = (combine53(c[0], c[1]) + 1.0) * (1.0 / 9007199254740992.0);
    double u2 = combine53(c[2], c[3]) * (1.0 / 9007199254740992.0);
    return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}

__device__ __forceinline__ double loss_recovery(LossDraws *d, double mean, double sd) {
    return sd == 0.0 ? mean : fmin(1.0, fmax(0.0, mean + sd * loss_normal(d)));
}

__device__ void loss_mc_thread(int first_scenario, int scenarios, unsigned long long seed, int buckets,
                               double systematic, double idiosyncratic, double recovery_mean, double recovery_sd,
                               const double *threshold, const int *bucket_start, const int *bucket_length,
                               const double *balances, double *losses) {
    const long long t = (long long) blockIdx.x * blockDim.x + threadIdx.x;
    if (t >= scenarios) {
        return;
    }
    const long long s = (long long) first_scenario + t;
    LossDraws d = {(uint32_t) seed, (uint32_t) (seed >> 32), (uint32_t) s, 0u};
    const double z = loss_normal(&d);
    double loss = 0.0;
    for (int b = 0; b < buckets; b++) {
        const double x = (threshold[b] - systematic * z) / idiosyncratic;
        const double p = 0.5 * erfc(-x / 1.4142135623730951);
        const double *bal = balances + bucket_start[b];
        const int n = bucket_length[b];
        if (p <= 0.0) {
            continue;
        }
        if (p >= 1.0) {
            for (int i = 0; i < n; i++) {
                loss = loss + bal[i] * (1.0 - loss_recovery(&d, recovery_mean, recovery_sd));
            }
            continue;
        }
        const double log_survival = log1p(-p);
        long long next = -1;
        while (true) {
            const double jump = log(1.0 - loss_uniform(&d)) / log_survival;
            if (jump >= (double) n) {
                break;
            }
            next += 1 + (long long) jump;
            if (next >= n) {
                break;
            }
            loss = loss + bal[next] * (1.0 - loss_recovery(&d, recovery_mean, recovery_sd));
        }
    }
    losses[t] = loss;
}

#ifdef __CUDACC__
extern "C" __global__ void loss_mc(int first_scenario, int scenarios, unsigned long long seed, int buckets,
                                   double systematic, double idiosyncratic, double recovery_mean, double recovery_sd,
                                   const double *threshold, const int *bucket_start, const int *bucket_length,
                                   const double *balances, double *losses) {
    loss_mc_thread(first_scenario, scenarios, seed, buckets, systematic, idiosyncratic, recovery_mean, recovery_sd,
                   threshold, bucket_start, bucket_length, balances, losses);
}
#endif

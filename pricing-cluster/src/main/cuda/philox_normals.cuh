// Philox4x32-10 (Salmon et al., SC11; Random123) and the normals of meridian.pricing.mc.NormalStream, shared by
// the kernels. Key (seed low 32 bits, seed high 32 bits); counter (step / 2, 0, pair low 32 bits, pair high 32 bits);
// u1 = (27 high bits of word 0, 26 high bits of word 1, + 1) * 2^-53, u2 likewise from words 2 and 3;
// z = sqrt(-2 ln u1) * cos(2 pi u2) for even steps, * sin(2 pi u2) for odd steps.
#pragma once
#include <stdint.h>

__device__ __forceinline__ void philox4x32_10(uint32_t c[4], uint32_t k0, uint32_t k1) {
#pragma unroll
    for (int round = 0; round < 10; round++) {
        uint32_t hi0 = __umulhi(0xD2511F53u, c[0]);
        uint32_t lo0 = 0xD2511F53u * c[0];
        uint32_t hi1 = __umulhi(0xCD9E8D57u, c[2]);
        uint32_t lo1 = 0xCD9E8D57u * c[2];
        c[0] = hi1 ^ c[1] ^ k0;
        c[1] = lo1;
        c[2] = hi0 ^ c[3] ^ k1;
        c[3] = lo0;
        k0 += 0x9E3779B9u;
        k1 += 0xBB67AE85u;
    }
}

// 27 high bits of a and 26 high bits of b as an integer in [0, 2^53).
__device__ __forceinline__ double combine53(uint32_t a, uint32_t b) {
    return (double) ((((uint64_t) (a >> 5)) << 26) | (uint64_t) (b >> 6));
}

// The normals of steps 2j and 2j + 1 of a pair's path.
__device__ __forceinline__ void normal_pair(uint32_t j, uint64_t pair, uint32_t k0, uint32_t k1,
                                            double *even, double *odd) {
    const double two_pow_minus_53 = 1.0 / 9007199254740992.0;
    const double two_pi = 6.283185307179586;  // 2 * Math.PI, the same double
    uint32_t c[4] = {j, 0u, (uint32_t) pair, (uint32_t) (pair >> 32)};
    philox4x32_10(c, k0, k1);
    double u1 = (combine53(c[0], c[1]) + 1.0) * two_pow_minus_53;
    double u2 = combine53(c[2], c[3]) * two_pow_minus_53;
    double radius = sqrt(-2.0 * log(u1));
    double angle = two_pi * u2;
    *even = radius * cos(angle);
    *odd = radius * sin(angle);
}


// CUDA's device-side names for host C++, so a kernel's __device__ code compiles with g++ and runs on the CPU:
// one std::thread per CUDA thread of a block, __syncthreads as a barrier. Test harnesses only.
#pragma once
#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <cstdio>
#include <thread>
#include <vector>

using std::max;
using std::min;
using std::sqrt;
using std::log;
using std::cos;
using std::sin;
using std::exp;
using std::fmax;
using std::fabs;
using std::signbit;

#define __global__
#define __device__
#define __forceinline__ inline
#define __restrict__

struct Index3 {
    unsigned x, y, z;
};
static thread_local Index3 threadIdx;
static Index3 blockIdx;
static Index3 blockDim;
static Index3 gridDim;
static std::barrier<> *block_barrier;

static inline void __syncthreads() { block_barrier->arrive_and_wait(); }
static inline uint32_t __umulhi(uint32_t a, uint32_t b) { return (uint32_t) (((uint64_t) a * b) >> 32); }

static inline int atomicMax(int *address, int value) {
    static std::mutex lock;
    std::lock_guard<std::mutex> guard(lock);
    int old = *address;
    *address = std::max(old, value);
    return old;
}

// Runs fn(t) on `threads` threads as one block at blockIdx (x, y).
template <typename Fn> static void run_block(unsigned x, unsigned y, int threads, Fn fn) {
    blockIdx = {x, y, 0};
    std::barrier<> barrier(threads);
    block_barrier = &barrier;
    std::vector<std::thread> team;
    for (int t = 0; t < threads; t++) {
        team.emplace_back([&, t] {
            threadIdx = {(unsigned) t, 0, 0};
            fn(t);
        });
    }
    for (std::thread &member : team) member.join();
}

template <typename T> static std::vector<T> read_array(int *length = nullptr) {
    int n = 0;
    if (fread(&n, sizeof n, 1, stdin) != 1) throw 1;
    if (length != nullptr) *length = n;
    std::vector<T> values(std::max(n, 1));
    if (n > 0 && fread(values.data(), sizeof(T), n, stdin) != (size_t) n) throw 2;
    return values;
}

template <typename T> static T read_one() {
    T value;
    if (fread(&value, sizeof value, 1, stdin) != 1) throw 3;
    return value;
}

// Runs the CUDA source of book_mc (src/main/cuda/book_mc.cu) on the CPU: one std::thread per CUDA thread of a
// block, __syncthreads as a barrier, blocks one after another. Used by CudaSourceOnCpuTest where no GPU is
// present. Build: g++ -std=c++20 -O2 -ffp-contract=off -pthread (no fused multiply-add, as nvcc -fmad=false).
//
// stdin (little-endian): int contracts, grid_y, threads, pairs_per_thread; long long pairs; unsigned long long
// seed; then each array as int length + values: leg_ints, leg_doubles, step_lengths, step_roots, event_steps,
// event_flags, event_amounts. stdout: the partials, contracts × grid_y × 6 × 3 doubles.
#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
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

#include "../../main/cuda/book_mc.cu"

template <typename T> static std::vector<T> read_array() {
    int n = 0;
    if (fread(&n, sizeof n, 1, stdin) != 1) throw 1;
    std::vector<T> values(std::max(n, 1));
    if (n > 0 && fread(values.data(), sizeof(T), n, stdin) != (size_t) n) throw 2;
    return values;
}

template <typename T> static T read_one() {
    T value;
    if (fread(&value, sizeof value, 1, stdin) != 1) throw 3;
    return value;
}

int main() {
    int contracts = read_one<int>();
    int grid_y = read_one<int>();
    int threads = read_one<int>();
    int pairs_per_thread = read_one<int>();
    long long pairs = read_one<long long>();
    unsigned long long seed = read_one<unsigned long long>();
    std::vector<int> leg_ints = read_array<int>();
    std::vector<double> leg_doubles = read_array<double>();
    std::vector<double> step_lengths = read_array<double>();
    std::vector<double> step_roots = read_array<double>();
    std::vector<int> event_steps = read_array<int>();
    std::vector<int> event_flags = read_array<int>();
    std::vector<double> event_amounts = read_array<double>();
    std::vector<double> partials((size_t) contracts * grid_y * LEGS * SUM_WIDTH);
    // Dynamic shared memory as the launch sizes it: doubles, then ints.
    std::vector<double> shared((size_t) threads * LEGS * (SUM_WIDTH + PATH_DOUBLES) + threads * LEGS * PATH_INTS);
    int s_ints[LEGS * LEG_INTS];
    double s_doubles[LEGS * LEG_DOUBLES];
    blockDim = {(unsigned) threads, 1, 1};
    gridDim = {(unsigned) contracts, (unsigned) grid_y, 1};
    for (int bx = 0; bx < contracts; bx++) {
        for (int by = 0; by < grid_y; by++) {
            blockIdx = {(unsigned) bx, (unsigned) by, 0};
            std::barrier<> barrier(threads);
            block_barrier = &barrier;
            std::vector<std::thread> team;
            for (int t = 0; t < threads; t++) {
                team.emplace_back([&, t] {
                    threadIdx = {(unsigned) t, 0, 0};
                    book_mc_thread(pairs, pairs_per_thread, seed, leg_ints.data(), leg_doubles.data(),
                                   step_lengths.data(), step_roots.data(), event_steps.data(), event_flags.data(),
                                   event_amounts.data(), partials.data(), shared.data(), s_ints, s_doubles);
                });
            }
            for (std::thread &member : team) member.join();
        }
    }
    fwrite(partials.data(), sizeof(double), partials.size(), stdout);
    return 0;
}

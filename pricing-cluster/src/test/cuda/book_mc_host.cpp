// Runs the CUDA source of book_mc (src/main/cuda/book_mc.cu) on the CPU: one std::thread per CUDA thread of a
// block, __syncthreads as a barrier, blocks one after another. Used by CudaSourceOnCpuTest where no GPU is
// present. Build: g++ -std=c++20 -O2 -ffp-contract=off -pthread (no fused multiply-add, as nvcc -fmad=false).
//
// stdin (little-endian): int contracts, grid_y, threads, pairs_per_thread; long long pairs; unsigned long long
// seed; then each array as int length + values: leg_ints, leg_doubles, step_lengths, step_roots, event_steps,
// event_flags, event_amounts. stdout: the partials, contracts × grid_y × 6 × 3 doubles.
#include "cuda_host.h"

#include "../../main/cuda/book_mc.cu"

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
            run_block(bx, by, threads, [&](int) {
                book_mc_thread(pairs, pairs_per_thread, seed, leg_ints.data(), leg_doubles.data(),
                               step_lengths.data(), step_roots.data(), event_steps.data(), event_flags.data(),
                               event_amounts.data(), partials.data(), shared.data(), s_ints, s_doubles);
            });
        }
    }
    fwrite(partials.data(), sizeof(double), partials.size(), stdout);
    return 0;
}

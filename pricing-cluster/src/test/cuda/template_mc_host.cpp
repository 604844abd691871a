// Runs the CUDA source of template_mc (src/main/cuda/template_mc.cu) on the CPU (see cuda_host.h). Used by
// CudaSourceOnCpuTest. Build: g++ -std=c++20 -O2 -ffp-contract=off -pthread.
//
// stdin (little-endian): int blocks, threads, pairs_per_thread, observations, slot_count, scratch_rows;
// long long pairs; unsigned long long seed; double log_spot, mu, vol, rate; then arrays as int length + values:
// step_lengths, step_roots, code, constants, initial_slots, schedule_start, schedule_length, observation_index,
// observation_days. stdout: blocks × 3 doubles of Welford sums, then the int error.
#include "cuda_host.h"

#include "../../main/cuda/template_mc.cu"

int main() {
    int blocks = read_one<int>();
    int threads = read_one<int>();
    int pairs_per_thread = read_one<int>();
    int observations = read_one<int>();
    int slot_count = read_one<int>();
    int scratch_rows = read_one<int>();
    long long pairs = read_one<long long>();
    unsigned long long seed = read_one<unsigned long long>();
    double log_spot = read_one<double>();
    double mu = read_one<double>();
    double vol = read_one<double>();
    double rate = read_one<double>();
    std::vector<double> step_lengths = read_array<double>();
    std::vector<double> step_roots = read_array<double>();
    std::vector<int> code = read_array<int>();
    std::vector<double> constants = read_array<double>();
    int initial_slot_count = 0;
    std::vector<double> initial_slots = read_array<double>(&initial_slot_count);
    std::vector<int> schedule_start = read_array<int>();
    std::vector<int> schedule_length = read_array<int>();
    std::vector<int> observation_index = read_array<int>();
    std::vector<double> observation_days = read_array<double>();
    std::vector<double> scratch((size_t) blocks * threads * scratch_rows);
    std::vector<double> partials((size_t) blocks * 3);
    std::vector<double> shared((size_t) threads * 3);
    int error = 0;
    blockDim = {(unsigned) threads, 1, 1};
    gridDim = {(unsigned) blocks, 1, 1};
    for (int bx = 0; bx < blocks; bx++) {
        run_block(bx, 0, threads, [&](int) {
            template_mc_thread(pairs, pairs_per_thread, seed, observations, slot_count, log_spot, mu, vol, rate,
                               step_lengths.data(), step_roots.data(), code.data(), constants.data(),
                               initial_slots.data(), initial_slot_count, schedule_start.data(),
                               schedule_length.data(), observation_index.data(), observation_days.data(),
                               scratch.data(), partials.data(), &error, shared.data());
        });
    }
    fwrite(partials.data(), sizeof(double), partials.size(), stdout);
    fwrite(&error, sizeof error, 1, stdout);
    return 0;
}

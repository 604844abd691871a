// Runs the CUDA source of loss_mc (src/main/cuda/loss_mc.cu) on the CPU (see cuda_host.h). Used by
// LossKernelSourceOnCpuTest. Build: g++ -std=c++20 -O2 -ffp-contract=off -pthread.
//
// stdin (little-endian): int first_scenario, scenarios, buckets; unsigned long long seed; double systematic, idiosyncratic,
// recovery_mean, recovery_sd; arrays as int length + values: threshold, bucket_start, bucket_length, balances.
// stdout: the scenarios' pool losses (doubles).
#include "cuda_host.h"

#include "../../main/cuda/loss_mc.cu"

int main() {
    int first_scenario = read_one<int>();
    int scenarios = read_one<int>();
    int buckets = read_one<int>();
    unsigned long long seed = read_one<unsigned long long>();
    double systematic = read_one<double>();
    double idiosyncratic = read_one<double>();
    double recovery_mean = read_one<double>();
    double recovery_sd = read_one<double>();
    std::vector<double> threshold = read_array<double>();
    std::vector<int> bucket_start = read_array<int>();
    std::vector<int> bucket_length = read_array<int>();
    std::vector<double> balances = read_array<double>();
    std::vector<double> losses(std::max(scenarios, 1));
    const int threads = 128;
    blockDim = {(unsigned) threads, 1, 1};
    gridDim = {(unsigned) ((scenarios + threads - 1) / threads), 1, 1};
    for (unsigned bx = 0; bx < gridDim.x; bx++) {
        blockIdx = {bx, 0, 0};
        for (int t = 0; t < threads; t++) {
            threadIdx = {(unsigned) t, 0, 0};
            loss_mc_thread(first_scenario, scenarios, seed, buckets, systematic, idiosyncratic, recovery_mean, recovery_sd,
                           threshold.data(), bucket_start.data(), bucket_length.data(), balances.data(),
                           losses.data());
        }
    }
    fwrite(losses.data(), sizeof(double), scenarios, stdout);
    return 0;
}

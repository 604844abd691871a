// Runs the CUDA source of pde_plans (src/main/cuda/pde_plans.cu) on the CPU (see cuda_host.h). Used by
// PdeKernelSourceOnCpuTest. Build: g++ -std=c++20 -O2 -ffp-contract=off -pthread.
//
// stdin (little-endian): int problems, max_nodes; arrays as int length + values: plan_of, vols, grid_start,
// node_count, layer_count, initial_start, op_start, op_count, rates, dividends, grids, initial, ints, args.
// stdout: layer 0 of every problem, problems × max_nodes doubles.
#include "cuda_host.h"

#include "../../main/cuda/pde_plans.cu"

int main() {
    int problems = read_one<int>();
    int max_nodes = read_one<int>();
    std::vector<int> plan_of = read_array<int>();
    std::vector<double> vols = read_array<double>();
    std::vector<int> grid_start = read_array<int>();
    std::vector<int> node_count = read_array<int>();
    std::vector<int> layer_count = read_array<int>();
    std::vector<int> initial_start = read_array<int>();
    std::vector<int> op_start = read_array<int>();
    std::vector<int> op_count = read_array<int>();
    std::vector<double> rates = read_array<double>();
    std::vector<double> dividends = read_array<double>();
    std::vector<double> grids = read_array<double>();
    std::vector<double> initial = read_array<double>();
    std::vector<int> ints = read_array<int>();
    std::vector<double> args = read_array<double>();
    std::vector<double> work((size_t) PDE_ARRAYS * max_nodes * problems);
    std::vector<double> out((size_t) problems * max_nodes);
    const int threads = 128;
    blockDim = {(unsigned) threads, 1, 1};
    gridDim = {(unsigned) ((problems + threads - 1) / threads), 1, 1};
    for (unsigned bx = 0; bx < gridDim.x; bx++) {
        blockIdx = {bx, 0, 0};
        for (int t = 0; t < threads; t++) {
            threadIdx = {(unsigned) t, 0, 0};
            pde_plans_thread(problems, max_nodes, plan_of.data(), vols.data(), grid_start.data(), node_count.data(),
                             layer_count.data(), initial_start.data(), op_start.data(), op_count.data(), rates.data(),
                             dividends.data(), grids.data(), initial.data(), ints.data(), args.data(), work.data(),
                             out.data());
        }
    }
    fwrite(out.data(), sizeof(double), out.size(), stdout);
    return 0;
}

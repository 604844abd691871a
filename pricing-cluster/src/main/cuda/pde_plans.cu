// Many PDE plans (meridian.pricing.pde.PdePlan) in one launch: one thread per problem p = (plan, volatility), the
// line-by-line twin of PlanExecutor / ThetaScheme / EventOp (Crank-Nicolson and implicit steps by the Thomas
// algorithm, knock-out / knock-in / coupon rewrites at observation dates). Compile with -fmad=false so every
// multiply and add rounds as in Java. Plans with Dirichlet edges (continuous barriers) are not taken.
//
// Work arrays live in `work` with a stride of `problems` doubles, so the threads of a warp touch consecutive
// addresses: array a (0, 1 layers; 2 lower, 3 diag, 4 upper; 5 rhs, 6 c', 7 d'), node i of problem p is
// work[((size_t) a * max_nodes + i) * problems + p].
// Output: layer 0 at valuation, out[(size_t) p * max_nodes + i] for the plan's nodes i.

#define PDE_ARRAYS 8
#define OP_STEPS 0
#define OP_SET_BEYOND 1
#define OP_REPLACE_BEYOND 2
#define OP_COUPON 3

struct PdeWork {
    double *base;
    long long stride;
    int max_nodes;
    __device__ __forceinline__ double &at(int array, int i) const {
        return base[((long long) array * max_nodes + i) * stride];
    }
};

__device__ __forceinline__ double pde_weight_beyond(const double *grid, int n, int i, double level, int up) {
    const double s = grid[i];
    if (!(fabs(s - level) <= 1e-12 * level)) {
        return (up ? s > level : s < level) ? 1.0 : 0.0;
    }
    if (i == 0 || i == n - 1) {
        return 0.5;
    }
    const double below = grid[i] - grid[i - 1];
    const double above = grid[i + 1] - grid[i];
    return (up ? above : below) / (below + above);
}

__device__ void pde_coefficients(const PdeWork &w, const double *s, int n, double r, double q, double vol) {
    for (int i = 0; i < n; i++) {
        w.at(2, i) = 0.0;
        w.at(3, i) = 0.0;
        w.at(4, i) = 0.0;
    }
    for (int i = 1; i < n - 1; i++) {
        const double hm = s[i] - s[i - 1];
        const double hp = s[i + 1] - s[i];
        const double a = 0.5 * vol * vol * s[i] * s[i];
        const double b = (r - q) * s[i];
        w.at(2, i) = a * 2 / (hm * (hm + hp)) - b * hp / (hm * (hm + hp));
        w.at(3, i) = -a * 2 / (hm * hp) + b * (hp - hm) / (hm * hp) - r;
        w.at(4, i) = a * 2 / (hp * (hm + hp)) + b * hm / (hp * (hm + hp));
    }
    const double h0 = s[1] - s[0];
    const double b0 = (r - q) * s[0];
    w.at(3, 0) = -b0 / h0 - r;
    w.at(4, 0) = b0 / h0;
    const double hn = s[n - 1] - s[n - 2];
    const double bn = (r - q) * s[n - 1];
    w.at(2, n - 1) = -bn / hn;
    w.at(3, n - 1) = bn / hn - r;
}

// ThetaScheme.step without Dirichlet edges: layer (array 0 or 1) from t + dt back to t.
__device__ void pde_step(const PdeWork &w, int layer, int n, double dt, double theta) {
    const double explicit_dt = (1 - theta) * dt;
    const double implicit_dt = theta * dt;
    for (int i = 0; i < n; i++) {
        const double lv = i > 0 ? w.at(2, i) * w.at(layer, i - 1) : 0;
        const double uv = i < n - 1 ? w.at(4, i) * w.at(layer, i + 1) : 0;
        w.at(5, i) = w.at(layer, i) + explicit_dt * (lv + w.at(3, i) * w.at(layer, i) + uv);
    }
    const double b0 = 1 - implicit_dt * w.at(3, 0);
    const double c0 = -implicit_dt * w.at(4, 0);
    double c_prev = c0 / b0;
    double d_prev = w.at(5, 0) / b0;
    w.at(6, 0) = c_prev;
    w.at(7, 0) = d_prev;
    for (int i = 1; i < n; i++) {
        const double a = -implicit_dt * w.at(2, i);
        const double b = 1 - implicit_dt * w.at(3, i);
        const double c = i < n - 1 ? -implicit_dt * w.at(4, i) : 0;
        const double m = b - a * c_prev;
        c_prev = c / m;
        d_prev = (w.at(5, i) - a * d_prev) / m;
        w.at(6, i) = c_prev;
        w.at(7, i) = d_prev;
    }
    double v = d_prev;
    w.at(layer, n - 1) = v;
    for (int i = n - 2; i >= 0; i--) {
        v = w.at(7, i) - w.at(6, i) * v;
        w.at(layer, i) = v;
    }
}

// EventOp.apply.
__device__ void pde_event(const PdeWork &w, const double *grid, int n, int kind, int target, int source, int up,
                          double level, double value, double knock_out) {
    for (int i = 0; i < n; i++) {
        const double wt = pde_weight_beyond(grid, n, i, level, up);
        double t = w.at(target, i);
        if (kind == OP_SET_BEYOND) {
            if (wt > 0) {
                t = wt * value + (1 - wt) * t;
            }
        } else if (kind == OP_REPLACE_BEYOND) {
            if (wt > 0) {
                t = wt * w.at(source, i) + (1 - wt) * t;
            }
        } else {
            const double pay = value * wt;
            const double out = knock_out != knock_out ? 0.0 : pde_weight_beyond(grid, n, i, knock_out, 1);
            t = out * pay + (1 - out) * (t + pay);
        }
        w.at(target, i) = t;
    }
}

__device__ void pde_plans_thread(int problems, int max_nodes, const int *plan_of, const double *vols,
                                 const int *grid_start, const int *node_count, const int *layer_count,
                                 const int *initial_start, const int *op_start, const int *op_count,
                                 const double *rates, const double *dividends, const double *grids,
                                 const double *initial, const int *ints, const double *args, double *work,
                                 double *out) {
    const long long p = (long long) blockIdx.x * blockDim.x + threadIdx.x;
    if (p >= problems) {
        return;
    }
    const int c = plan_of[p];
    const int n = node_count[c];
    const int layers = layer_count[c];
    const double *grid = grids + grid_start[c];
    const PdeWork w = {work + p, problems, max_nodes};
    for (int l = 0; l < layers; l++) {
        for (int i = 0; i < n; i++) {
            w.at(l, i) = initial[initial_start[c] + l * n + i];
        }
    }
    pde_coefficients(w, grid, n, rates[c], dividends[c], vols[p]);
    const int first = op_start[c];
    for (int k = first; k < first + op_count[c]; k++) {
        const int code = ints[2 * k];
        const int kind = code & 0xFF;
        const double a = args[3 * k];
        const double b = args[3 * k + 1];
        if (kind == OP_STEPS) {
            for (int s = 0; s < ints[2 * k + 1]; s++) {
                for (int l = 0; l < layers; l++) {
                    pde_step(w, l, n, a, b);
                }
            }
        } else {
            pde_event(w, grid, n, kind, (code >> 8) & 0xFF, (code >> 16) & 0xFF, (code >> 24) & 1, a, b,
                      args[3 * k + 2]);
        }
    }
    for (int i = 0; i < n; i++) {
        out[p * max_nodes + i] = w.at(0, i);
    }
}

#ifdef __CUDACC__
extern "C" __global__ void pde_plans(int problems, int max_nodes, const int *plan_of, const double *vols,
                                     const int *grid_start, const int *node_count, const int *layer_count,
                                     const int *initial_start, const int *op_start, const int *op_count,
                                     const double *rates, const double *dividends, const double *grids,
                                     const double *initial, const int *ints, const double *args, double *work,
                                     double *out) {
    pde_plans_thread(problems, max_nodes, plan_of, vols, grid_start, node_count, layer_count, initial_start,
                     op_start, op_count, rates, dividends, grids, initial, ints, args, work, out);
}
#endif

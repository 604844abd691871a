package meridian.pricing.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;

import java.util.Arrays;
import java.util.List;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import meridian.pricing.pde.PdePlan;
import meridian.pricing.pde.PlanEngine;

/**
 * Many PDE plans on the GPU: the pde_plans kernel (src/main/cuda/pde_plans.cu), one thread per (plan, volatility),
 * in launches of at most {@link #WORK_BYTES} of work arrays each.
 */
public final class GpuPlanEngine implements PlanEngine {
    public static final String KERNEL = "pde_plans";
    static final int THREADS = 128;
    static final long WORK_BYTES = 1L << 30;

    private final CudaDevice device;
    private final CUfunction function;

    public GpuPlanEngine(CudaDevice device, byte[] ptx) {
        this.device = device;
        this.function = device.loadFunction(ptx, KERNEL);
    }

    @Override
    public String name() {
        return "gpu";
    }

    public String deviceName() {
        return device.name();
    }

    @Override
    public synchronized double[][] run(List<PdePlan> plans, int[] planOf, double[] vols) {
        int maxNodes = plans.stream().mapToInt(PdePlan::nodes).max().orElse(1);
        int chunk = (int) Math.max(1, Math.min(planOf.length,
                WORK_BYTES / ((long) PlanBatch.WORK_ARRAYS * maxNodes * Sizeof.DOUBLE)));
        double[][] out = new double[planOf.length][];
        for (int from = 0; from < planOf.length; from += chunk) {
            int to = Math.min(planOf.length, from + chunk);
            double[][] part = launch(PlanBatch.of(plans, Arrays.copyOfRange(planOf, from, to),
                    Arrays.copyOfRange(vols, from, to)));
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    private double[][] launch(PlanBatch b) {
        device.makeCurrent();
        try (DeviceMemory memory = new DeviceMemory()) {
            long outputs = (long) b.problems() * b.maxNodes();
            CUdeviceptr work = memory.alloc(PlanBatch.WORK_ARRAYS * outputs * Sizeof.DOUBLE);
            CUdeviceptr out = memory.alloc(outputs * Sizeof.DOUBLE);
            Pointer parameters = Pointer.to(
                    Pointer.to(new int[] {b.problems()}), Pointer.to(new int[] {b.maxNodes()}),
                    Pointer.to(memory.upload(b.planOf())), Pointer.to(memory.upload(b.vols())),
                    Pointer.to(memory.upload(b.gridStart())), Pointer.to(memory.upload(b.nodeCount())),
                    Pointer.to(memory.upload(b.layerCount())), Pointer.to(memory.upload(b.initialStart())),
                    Pointer.to(memory.upload(b.opStart())), Pointer.to(memory.upload(b.opCount())),
                    Pointer.to(memory.upload(b.rates())), Pointer.to(memory.upload(b.dividends())),
                    Pointer.to(memory.upload(b.grids())), Pointer.to(memory.upload(b.initial())),
                    Pointer.to(memory.upload(b.ints())), Pointer.to(memory.upload(b.args())),
                    Pointer.to(work), Pointer.to(out));
            cuLaunchKernel(function, (b.problems() + THREADS - 1) / THREADS, 1, 1, THREADS, 1, 1, 0, null,
                    parameters, null);
            cuCtxSynchronize();
            double[] host = new double[(int) outputs];
            cuMemcpyDtoH(Pointer.to(host), out, outputs * Sizeof.DOUBLE);
            return b.layerZero(host);
        }
    }
}

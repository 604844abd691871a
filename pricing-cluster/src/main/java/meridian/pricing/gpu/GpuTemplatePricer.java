package meridian.pricing.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD32;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;

import java.util.ArrayList;
import java.util.List;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import meridian.domain.template.ResolvedTemplate;
import meridian.pricing.template.TemplateMonteCarloPricer;

/**
 * A template priced on the GPU: its compiled program interpreted per path by the template_mc kernel on the same
 * Philox paths as TemplateMonteCarloPricer, so the two agree to the last bits of exp and log.
 */
public final class GpuTemplatePricer {
    public static final String KERNEL = "template_mc";

    private final CudaDevice device;
    private final CUfunction function;

    public GpuTemplatePricer(CudaDevice device, byte[] ptx) {
        this.device = device;
        device.makeCurrent();
        CUmodule module = new CUmodule();
        cuModuleLoadData(module, ptx);
        this.function = new CUfunction();
        cuModuleGetFunction(function, module, KERNEL);
    }

    public synchronized TemplateMonteCarloPricer.Result price(ResolvedTemplate template, int paths, long seed) {
        if (paths < 2) {
            throw new IllegalArgumentException("at least 2 paths");
        }
        TemplateBatch batch = TemplateBatch.of(template);
        TemplateKernelLaunch launch = TemplateKernelLaunch.of(paths);
        device.makeCurrent();
        List<CUdeviceptr> allocated = new ArrayList<>();
        try {
            CUdeviceptr scratch = alloc(launch.threads() * batch.scratchRows() * Sizeof.DOUBLE, allocated);
            CUdeviceptr partials = alloc(3L * launch.blocks() * Sizeof.DOUBLE, allocated);
            CUdeviceptr error = alloc(Sizeof.INT, allocated);
            cuMemsetD32(error, 0, 1);
            Pointer parameters = Pointer.to(
                    Pointer.to(new long[] {launch.pairs()}), Pointer.to(new int[] {launch.pairsPerThread()}),
                    Pointer.to(new long[] {seed}), Pointer.to(new int[] {batch.observations()}),
                    Pointer.to(new int[] {batch.slotCount()}), Pointer.to(new double[] {batch.logSpot()}),
                    Pointer.to(new double[] {batch.mu()}), Pointer.to(new double[] {batch.vol()}),
                    Pointer.to(new double[] {batch.rate()}),
                    Pointer.to(upload(batch.stepLengths(), allocated)), Pointer.to(upload(batch.stepRoots(), allocated)),
                    Pointer.to(upload(batch.code(), allocated)), Pointer.to(upload(batch.constants(), allocated)),
                    Pointer.to(upload(batch.initialSlots(), allocated)),
                    Pointer.to(new int[] {batch.initialSlots().length}),
                    Pointer.to(upload(batch.scheduleStart(), allocated)),
                    Pointer.to(upload(batch.scheduleLength(), allocated)),
                    Pointer.to(upload(batch.observationIndex(), allocated)),
                    Pointer.to(upload(batch.observationDays(), allocated)),
                    Pointer.to(scratch), Pointer.to(partials), Pointer.to(error));
            cuLaunchKernel(function, launch.blocks(), 1, 1, TemplateKernelLaunch.THREADS, 1, 1,
                    TemplateKernelLaunch.sharedBytes(), null, parameters, null);
            cuCtxSynchronize();
            int[] bad = new int[1];
            cuMemcpyDtoH(Pointer.to(bad), error, Sizeof.INT);
            if (bad[0] != 0) {
                throw new IllegalStateException("bad opcode at instruction " + (bad[0] - 1));
            }
            double[] sums = new double[3 * launch.blocks()];
            cuMemcpyDtoH(Pointer.to(sums), partials, (long) sums.length * Sizeof.DOUBLE);
            return TemplateSums.result(sums, launch.blocks());
        } finally {
            allocated.forEach(p -> cuMemFree(p));
        }
    }

    private static CUdeviceptr upload(int[] values, List<CUdeviceptr> allocated) {
        CUdeviceptr p = alloc(Math.max(values.length, 1) * (long) Sizeof.INT, allocated);
        if (values.length > 0) {
            cuMemcpyHtoD(p, Pointer.to(values), (long) values.length * Sizeof.INT);
        }
        return p;
    }

    private static CUdeviceptr upload(double[] values, List<CUdeviceptr> allocated) {
        CUdeviceptr p = alloc(Math.max(values.length, 1) * (long) Sizeof.DOUBLE, allocated);
        if (values.length > 0) {
            cuMemcpyHtoD(p, Pointer.to(values), (long) values.length * Sizeof.DOUBLE);
        }
        return p;
    }

    private static CUdeviceptr alloc(long bytes, List<CUdeviceptr> allocated) {
        CUdeviceptr p = new CUdeviceptr();
        cuMemAlloc(p, bytes);
        allocated.add(p);
        return p;
    }
}

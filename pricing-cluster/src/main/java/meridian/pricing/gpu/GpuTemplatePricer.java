package meridian.pricing.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemsetD32;

import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import meridian.domain.template.ResolvedTemplate;
import meridian.pricing.template.TemplateMonteCarloPricer;
import meridian.pricing.template.TemplatePathPricer;

/**
 * A template priced on the GPU: its compiled program interpreted per path by the template_mc kernel on the same
 * Philox paths as TemplateMonteCarloPricer, so the two agree to the last bits of exp and log.
 */
public final class GpuTemplatePricer implements TemplatePathPricer {
    public static final String ENGINE = "GPU";
    public static final String KERNEL = "template_mc";

    private final CudaDevice device;
    private final CUfunction function;

    public GpuTemplatePricer(CudaDevice device, byte[] ptx) {
        this.device = device;
        device.makeCurrent();
        this.function = device.loadFunction(ptx, KERNEL);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public synchronized TemplateMonteCarloPricer.Result price(ResolvedTemplate template, int paths, long seed) {
        if (paths < 2) {
            throw new IllegalArgumentException("at least 2 paths");
        }
        TemplateBatch batch = TemplateBatch.of(template);
        TemplateKernelLaunch launch = TemplateKernelLaunch.of(paths);
        device.makeCurrent();
        try (DeviceMemory memory = new DeviceMemory()) {
            CUdeviceptr scratch = memory.alloc(launch.threads() * batch.scratchRows() * Sizeof.DOUBLE);
            CUdeviceptr partials = memory.alloc(3L * launch.blocks() * Sizeof.DOUBLE);
            CUdeviceptr error = memory.alloc(Sizeof.INT);
            cuMemsetD32(error, 0, 1);
            Pointer parameters = Pointer.to(
                    Pointer.to(new long[] {launch.pairs()}), Pointer.to(new int[] {launch.pairsPerThread()}),
                    Pointer.to(new long[] {seed}), Pointer.to(new int[] {batch.observations()}),
                    Pointer.to(new int[] {batch.slotCount()}), Pointer.to(new double[] {batch.logSpot()}),
                    Pointer.to(new double[] {batch.mu()}), Pointer.to(new double[] {batch.vol()}),
                    Pointer.to(new double[] {batch.rate()}),
                    Pointer.to(memory.upload(batch.stepLengths())), Pointer.to(memory.upload(batch.stepRoots())),
                    Pointer.to(memory.upload(batch.code())), Pointer.to(memory.upload(batch.constants())),
                    Pointer.to(memory.upload(batch.initialSlots())),
                    Pointer.to(new int[] {batch.initialSlots().length}),
                    Pointer.to(memory.upload(batch.scheduleStart())),
                    Pointer.to(memory.upload(batch.scheduleLength())),
                    Pointer.to(memory.upload(batch.observationIndex())),
                    Pointer.to(memory.upload(batch.observationDays())),
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
        }
    }
}

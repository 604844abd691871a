package meridian.pricing.abs.loss;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;

import jcuda.Pointer;
import meridian.pricing.gpu.DeviceMemory;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import meridian.pricing.gpu.CudaDevice;

/**
 * Credit losses on the GPU: the loss_mc kernel (src/main/cuda/loss_mc.cu), one thread per scenario, the algorithm of
 * {@link CpuLossSimulator} on a Philox stream keyed by (seed, scenario, draw). Its draws are not SplittableRandom's,
 * so it agrees with the CPU engine in distribution, not scenario by scenario; summaries come from
 * {@link CpuLossSimulator#summarise}.
 */
public final class GpuLossSimulator implements LossSimulator {
    public static final String KERNEL = "loss_mc";
    static final int THREADS = 128;

    private final CudaDevice device;
    private final CUfunction function;

    public GpuLossSimulator(CudaDevice device, byte[] ptx) {
        this.device = device;
        device.makeCurrent();
        this.function = device.loadFunction(ptx, KERNEL);
    }

    @Override
    public LossSimulation simulate(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        return CpuLossSimulator.summarise(portfolio, poolLosses(portfolio, model, scenarios, seed), seed);
    }

    /** Pool loss per scenario, in scenario order. */
    public double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int scenarios, long seed) {
        if (scenarios < 1) throw new IllegalArgumentException("scenarios must be at least 1");
        return poolLosses(portfolio, model, 0, scenarios, seed);
    }

    /** Scenarios [from, to): the kernel's scenario offset keys their draws as in one whole launch. */
    @Override
    public synchronized double[] poolLosses(LossPortfolio portfolio, CreditLossModel model, int from, int to, long seed) {
        if (from < 0 || to <= from) throw new IllegalArgumentException("scenario range [" + from + ", " + to + ") is empty or negative");
        int scenarios = to - from;
        LossKernelInput input = LossKernelInput.of(portfolio, model);
        device.makeCurrent();
        try (DeviceMemory memory = new DeviceMemory()) {
            CUdeviceptr losses = memory.alloc((long) scenarios * Sizeof.DOUBLE);
            Pointer parameters = Pointer.to(
                    Pointer.to(new int[] {from}), Pointer.to(new int[] {scenarios}), Pointer.to(new long[] {seed}),
                    Pointer.to(new int[] {input.threshold().length}),
                    Pointer.to(new double[] {input.systematic()}), Pointer.to(new double[] {input.idiosyncratic()}),
                    Pointer.to(new double[] {input.recoveryMean()}), Pointer.to(new double[] {input.recoverySd()}),
                    Pointer.to(memory.upload(input.threshold())), Pointer.to(memory.upload(input.bucketStart())),
                    Pointer.to(memory.upload(input.bucketLength())), Pointer.to(memory.upload(input.balances())),
                    Pointer.to(losses));
            cuLaunchKernel(function, (scenarios + THREADS - 1) / THREADS, 1, 1, THREADS, 1, 1, 0, null, parameters,
                    null);
            cuCtxSynchronize();
            double[] host = new double[scenarios];
            cuMemcpyDtoH(Pointer.to(host), losses, (long) scenarios * Sizeof.DOUBLE);
            return host;
        }
    }
}

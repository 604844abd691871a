package meridian.pricing.abs.loss;

import java.util.Optional;
import java.util.function.Supplier;
import meridian.pricing.gpu.CudaDevice;
import meridian.pricing.gpu.GpuOrCpu;
import meridian.pricing.gpu.PtxResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the loss engine as BookEngines picks the book engine: the GPU when it can run, else the CPU, logged. */
public final class LossSimulators {
    private static final Logger LOG = LoggerFactory.getLogger(LossSimulators.class);

    private LossSimulators() {
    }

    /** The engine chosen and the one-line reason, as logged. */
    public record Choice(LossSimulator simulator, String engine, String reason) {
    }

    /** The CPU engine, chosen on purpose (a CPU pricing worker's). */
    public static Choice cpu(int threads) {
        return new Choice(new CpuLossSimulator(threads), "cpu", "CPU worker");
    }

    /** A pricing worker's loss engine: the GPU's (or the CPU fallback, logged) for a GPU worker, else the CPU's. */
    public static Choice forWorker(String bookEngine, int cpuThreads) {
        return "gpu".equals(bookEngine) ? choose(cpuThreads) : cpu(cpuThreads);
    }

    public static Choice choose(int cpuThreads) {
        return choose(cpuThreads, () -> PtxResource.load(GpuLossSimulator.KERNEL), CudaDevice::probe);
    }

    static Choice choose(int cpuThreads, Supplier<Optional<byte[]>> ptx, Supplier<CudaDevice.Probe> probe) {
        GpuOrCpu.Choice<LossSimulator> picked = GpuOrCpu.pick(GpuLossSimulator.KERNEL, new CpuLossSimulator(cpuThreads),
                GpuLossSimulator::new, ptx, probe);
        Choice choice = new Choice(picked.engine(), picked.gpu() ? "gpu" : "cpu", picked.reason());
        LOG.info("loss engine: {} ({})", choice.engine(), choice.reason());
        return choice;
    }
}

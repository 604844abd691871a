package meridian.pricing.gpu;

import java.util.Optional;
import java.util.function.Supplier;
import meridian.pricing.pde.CpuPlanEngine;
import meridian.pricing.pde.PlanEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the PDE plan engine as BookEngines picks the book engine: the GPU when it can run, else the CPU, logged. */
public final class PlanEngines {
    private static final Logger LOG = LoggerFactory.getLogger(PlanEngines.class);

    private PlanEngines() {
    }

    /** The engine chosen and the one-line reason, as logged. */
    public record Choice(PlanEngine engine, String reason) {
    }

    public static Choice choose() {
        return choose(() -> PtxResource.load(GpuPlanEngine.KERNEL), CudaDevice::probe);
    }

    static Choice choose(Supplier<Optional<byte[]>> ptx, Supplier<CudaDevice.Probe> probe) {
        Choice choice = pick(ptx, probe);
        LOG.info("pde plan engine: {} ({})", choice.engine().name(), choice.reason());
        return choice;
    }

    private static Choice pick(Supplier<Optional<byte[]>> ptx, Supplier<CudaDevice.Probe> probe) {
        Optional<byte[]> kernel = ptx.get();
        if (kernel.isEmpty()) {
            return new Choice(new CpuPlanEngine(), "CPU fallback: no " + PtxResource.path(GpuPlanEngine.KERNEL)
                    + " in the jar (built without nvcc)");
        }
        CudaDevice.Probe found = probe.get();
        if (!found.present()) {
            return new Choice(new CpuPlanEngine(), "CPU fallback: " + found.reason());
        }
        try {
            GpuPlanEngine gpu = new GpuPlanEngine(found.device(), kernel.get());
            return new Choice(gpu, "GPU " + gpu.deviceName() + ", PTX JIT-compiled by the driver");
        } catch (RuntimeException e) {
            return new Choice(new CpuPlanEngine(), "CPU fallback: the driver refused the PTX: " + e.getMessage());
        }
    }
}

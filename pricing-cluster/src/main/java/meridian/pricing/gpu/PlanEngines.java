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
        GpuOrCpu.Choice<PlanEngine> picked = GpuOrCpu.pick(GpuPlanEngine.KERNEL, new CpuPlanEngine(),
                GpuPlanEngine::new, ptx, probe);
        Choice choice = new Choice(picked.engine(), picked.reason());
        LOG.info("pde plan engine: {} ({})", choice.engine().name(), choice.reason());
        return choice;
    }
}

package meridian.pricing.gpu;

import java.util.Optional;
import java.util.function.Supplier;
import meridian.pricing.PricingService;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.CpuBookEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the book engine: the GPU when the jar has the PTX and the driver sees a device, else the CPU. */
public final class BookEngines {
    private static final Logger LOG = LoggerFactory.getLogger(BookEngines.class);

    private BookEngines() {
    }

    /** The engine chosen and the one-line reason, as logged. */
    public record Choice(BookEngine engine, String reason) {
    }

    public static BookEngine best() {
        return choose(new PricingService()).engine();
    }

    public static Choice choose(PricingService pricing) {
        return choose(pricing, () -> PtxResource.load(GpuBookEngine.KERNEL), CudaDevice::probe);
    }

    static Choice choose(PricingService pricing, Supplier<Optional<byte[]>> ptx, Supplier<CudaDevice.Probe> probe) {
        CpuBookEngine cpu = new CpuBookEngine(pricing);
        Choice choice = pick(cpu, ptx, probe);
        LOG.info("book engine: {} ({})", choice.engine().name(), choice.reason());
        return choice;
    }

    private static Choice pick(CpuBookEngine cpu, Supplier<Optional<byte[]>> ptx, Supplier<CudaDevice.Probe> probe) {
        Optional<byte[]> kernel = ptx.get();
        if (kernel.isEmpty()) {
            return new Choice(cpu, "CPU fallback: no " + PtxResource.path(GpuBookEngine.KERNEL)
                    + " in the jar (built without nvcc)");
        }
        CudaDevice.Probe found = probe.get();
        if (!found.present()) {
            return new Choice(cpu, "CPU fallback: " + found.reason());
        }
        try {
            GpuBookEngine gpu = new GpuBookEngine(found.device(), kernel.get(), cpu);
            return new Choice(gpu, "GPU " + gpu.deviceName() + ", PTX JIT-compiled by the driver");
        } catch (RuntimeException e) {
            return new Choice(cpu, "CPU fallback: the driver refused the PTX: " + e.getMessage());
        }
    }
}

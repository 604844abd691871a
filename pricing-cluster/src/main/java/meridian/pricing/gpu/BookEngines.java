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
        GpuOrCpu.Choice<BookEngine> picked = GpuOrCpu.pick(GpuBookEngine.KERNEL, cpu,
                (device, code) -> new GpuBookEngine(device, code, cpu), ptx, probe);
        Choice choice = new Choice(picked.engine(), picked.reason());
        LOG.info("book engine: {} ({})", choice.engine().name(), choice.reason());
        return choice;
    }
}

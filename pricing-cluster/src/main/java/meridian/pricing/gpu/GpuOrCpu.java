package meridian.pricing.gpu;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The one rule every engine family follows: the GPU engine when the jar carries the kernel's PTX, the driver sees a
 * device and accepts the PTX; otherwise the CPU engine, with the reason in one line.
 */
public final class GpuOrCpu {

    private GpuOrCpu() {
    }

    /** The engine picked, whether it is the GPU one, and why. */
    public record Choice<E>(E engine, boolean gpu, String reason) {
    }

    public static <E> Choice<E> pick(String kernel, E cpu, BiFunction<CudaDevice, byte[], E> gpu) {
        return pick(kernel, cpu, gpu, () -> PtxResource.load(kernel), CudaDevice::probe);
    }

    public static <E> Choice<E> pick(String kernel, E cpu, BiFunction<CudaDevice, byte[], E> gpu,
                                     Supplier<Optional<byte[]>> ptx, Supplier<CudaDevice.Probe> probe) {
        Optional<byte[]> code = ptx.get();
        if (code.isEmpty()) {
            return new Choice<>(cpu, false, "CPU fallback: no " + PtxResource.path(kernel) + " in the jar (built without nvcc)");
        }
        CudaDevice.Probe found = probe.get();
        if (!found.present()) {
            return new Choice<>(cpu, false, "CPU fallback: " + found.reason());
        }
        try {
            return new Choice<>(gpu.apply(found.device(), code.get()), true,
                    "GPU " + found.device().name() + ", PTX JIT-compiled by the driver");
        } catch (RuntimeException e) {
            return new Choice<>(cpu, false, "CPU fallback: the driver refused the PTX: " + e.getMessage());
        }
    }
}

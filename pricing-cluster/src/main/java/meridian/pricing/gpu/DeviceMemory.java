package meridian.pricing.gpu;

import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;

import java.util.ArrayList;
import java.util.List;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;

/** The device buffers of one launch: allocated and uploaded as the launch needs them, all freed on close. */
public final class DeviceMemory implements AutoCloseable {
    private final List<CUdeviceptr> allocated = new ArrayList<>();

    public CUdeviceptr upload(int[] values) {
        CUdeviceptr p = alloc(Math.max(values.length, 1) * (long) Sizeof.INT);
        if (values.length > 0) {
            cuMemcpyHtoD(p, Pointer.to(values), (long) values.length * Sizeof.INT);
        }
        return p;
    }

    public CUdeviceptr upload(double[] values) {
        CUdeviceptr p = alloc(Math.max(values.length, 1) * (long) Sizeof.DOUBLE);
        if (values.length > 0) {
            cuMemcpyHtoD(p, Pointer.to(values), (long) values.length * Sizeof.DOUBLE);
        }
        return p;
    }

    public CUdeviceptr alloc(long bytes) {
        CUdeviceptr p = new CUdeviceptr();
        cuMemAlloc(p, bytes);
        allocated.add(p);
        return p;
    }

    @Override
    public void close() {
        allocated.forEach(p -> cuMemFree(p));
        allocated.clear();
    }
}

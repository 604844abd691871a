package meridian.pricing.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuInit;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;

import java.nio.charset.StandardCharsets;
import jcuda.CudaException;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;

/** GPU 0 through the CUDA driver API, with its primary context; {@link #probe} says why when there is none. */
public final class CudaDevice {
    private final String name;
    private final CUcontext context;

    private CudaDevice(String name, CUcontext context) {
        this.name = name;
        this.context = context;
    }

    public String name() {
        return name;
    }

    /** Makes this device's context current on the calling thread (driver contexts are per thread). */
    public void makeCurrent() {
        cuCtxSetCurrent(context);
    }

    /** Loads a PTX module into this device's context (the driver JIT-compiles it) and finds one kernel in it. */
    public CUfunction loadFunction(byte[] ptx, String kernel) {
        makeCurrent();
        CUmodule module = new CUmodule();
        cuModuleLoadData(module, ptx);
        CUfunction function = new CUfunction();
        cuModuleGetFunction(function, module, kernel);
        return function;
    }

    /** The device, or the reason there is none. */
    public record Probe(CudaDevice device, String reason) {
        public boolean present() {
            return device != null;
        }
    }

    private static Probe probed;

    /** Probes once per JVM: the driver library loads once, and its first failure is the one worth reporting. */
    public static synchronized Probe probe() {
        if (probed == null) {
            probed = probeDriver();
        }
        return probed;
    }

    private static Probe probeDriver() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            cuInit(0);
            int[] count = new int[1];
            cuDeviceGetCount(count);
            if (count[0] == 0) {
                return new Probe(null, "the CUDA driver sees no device");
            }
            CUdevice device = new CUdevice();
            cuDeviceGet(device, 0);
            byte[] name = new byte[256];
            cuDeviceGetName(name, name.length, device);
            CUcontext context = new CUcontext();
            cuDevicePrimaryCtxRetain(context, device);
            cuCtxSetCurrent(context);
            return new Probe(new CudaDevice(cString(name), context), null);
        } catch (LinkageError e) {
            return new Probe(null, "no CUDA driver library (libcuda) could be loaded: " + firstLine(e));
        } catch (CudaException e) {
            return new Probe(null, "the CUDA driver failed: " + firstLine(e));
        }
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}

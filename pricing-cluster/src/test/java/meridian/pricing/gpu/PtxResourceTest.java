package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Where the build had nvcc (the same PATH as this test), the jar carries the kernel's PTX. */
class PtxResourceTest {
    @Test
    void buildWithNvccPackagesTheKernel() {
        assumeTrue(nvccOnPath(), "nvcc is not on PATH: the build made no PTX");
        byte[] ptx = PtxResource.load(GpuBookEngine.KERNEL).orElseThrow();
        String text = new String(ptx, 0, ptx.length - 1, StandardCharsets.US_ASCII);
        assertEquals(0, ptx[ptx.length - 1], "null-terminated for cuModuleLoadData");
        assertTrue(text.contains(".entry book_mc("), "the kernel's entry point");
        assertTrue(text.contains(".target sm_80"), "compute_80 PTX, JIT-compiled on A100 and later");
        byte[] template = PtxResource.load(GpuTemplatePricer.KERNEL).orElseThrow();
        assertTrue(new String(template, StandardCharsets.US_ASCII).contains(".entry template_mc("));
        byte[] losses = PtxResource.load(meridian.pricing.abs.loss.GpuLossSimulator.KERNEL).orElseThrow();
        assertTrue(new String(losses, StandardCharsets.US_ASCII).contains(".entry loss_mc("));
        byte[] plans = PtxResource.load(GpuPlanEngine.KERNEL).orElseThrow();
        assertTrue(new String(plans, StandardCharsets.US_ASCII).contains(".entry pde_plans("));
    }

    @Test
    void aMissingKernelIsEmpty() {
        assertTrue(PtxResource.load("no_such_kernel").isEmpty());
    }

    private static boolean nvccOnPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "nvcc")));
    }
}

package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import meridian.pricing.pde.CpuPlanEngine;
import org.junit.jupiter.api.Test;

/**
 * The CUDA source of pde_plans, compiled for the CPU by g++ through src/test/cuda/pde_plans_host.cpp and launched
 * with GpuPlanEngine's shape and PlanBatch's arrays, against the Java executor on a mixed book: every node of every
 * (plan, vol) to 1e-9 of the contract's notional.
 */
class PdeKernelSourceOnCpuTest {
    @Test
    void kernelSourceGivesTheJavaExecutorsValuesAtEveryNode() throws Exception {
        assumeTrue(CudaHarness.onPath("g++"), "g++ is not on PATH");
        Path binary = CudaHarness.compile("pde_plans_host");
        PlanFixtures fixtures = new PlanFixtures(24);
        PlanBatch batch = PlanBatch.of(fixtures.plans, fixtures.planOf, fixtures.vols);
        assertTrue(batch.problems() > GpuPlanEngine.THREADS, "more than one block");

        double[][] onKernel = batch.layerZero(launch(binary, batch));
        double[][] onJava = new CpuPlanEngine().run(fixtures.plans, fixtures.planOf, fixtures.vols);

        for (int p = 0; p < batch.problems(); p++) {
            int c = fixtures.planOf[p];
            double notional = fixtures.notionals.get(c);
            assertEquals(onJava[p].length, onKernel[p].length);
            for (int i = 0; i < onJava[p].length; i++) {
                assertEquals(onJava[p][i], onKernel[p][i], 1e-9 * notional, "plan " + c + " vol " + p + " node " + i);
            }
        }
    }

    static double[] launch(Path binary, PlanBatch b) throws Exception {
        Process harness = new ProcessBuilder(binary.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = harness.getOutputStream()) {
            in.write(CudaHarness.little(8).putInt(b.problems()).putInt(b.maxNodes()).array());
            for (int[] ints : new int[][] {b.planOf()}) {
                in.write(CudaHarness.array(ints));
            }
            in.write(CudaHarness.array(b.vols()));
            for (int[] ints : new int[][] {b.gridStart(), b.nodeCount(), b.layerCount(), b.initialStart(),
                    b.opStart(), b.opCount()}) {
                in.write(CudaHarness.array(ints));
            }
            for (double[] doubles : new double[][] {b.rates(), b.dividends(), b.grids(), b.initial()}) {
                in.write(CudaHarness.array(doubles));
            }
            in.write(CudaHarness.array(b.ints()));
            in.write(CudaHarness.array(b.args()));
        }
        byte[] bytes = harness.getInputStream().readAllBytes();
        assertTrue(harness.waitFor(300, TimeUnit.SECONDS), "harness finished");
        assertEquals(0, harness.exitValue());
        assertEquals(8L * b.problems() * b.maxNodes(), bytes.length);
        double[] out = new double[b.problems() * b.maxNodes()];
        CudaHarness.little(bytes.length).put(bytes).flip().asDoubleBuffer().get(out);
        return out;
    }
}

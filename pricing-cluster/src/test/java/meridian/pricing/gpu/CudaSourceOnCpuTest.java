package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import meridian.pricing.Fixtures;
import meridian.pricing.book.BookFixtures;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.book.batch.CpuBatchKernel;
import meridian.pricing.book.batch.LegSums;
import org.junit.jupiter.api.Test;

/**
 * The CUDA source of book_mc, compiled for the CPU by g++ through src/test/cuda/book_mc_host.cpp (a thread per CUDA
 * thread, barriers for __syncthreads) and launched with GpuBookEngine's shape, against the Java batch kernel: the
 * kernel's Philox keying, normals, payoffs and reductions are checked on machines without a GPU.
 */
class CudaSourceOnCpuTest {
    @Test
    void kernelSourceGivesTheJavaEnginesSums() throws Exception {
        assumeTrue(onPath("g++"), "g++ is not on PATH");
        Path binary = compile();
        BookRun run = new BookRun(3_001, 0x1234_5678_9ABCL, BookFixtures.RUN.calendar());
        BookBatch batch = BookBatch.of(BookFixtures.book(), BookFixtures.markets(), run).batch();
        BookKernelLaunch launch = BookKernelLaunch.of(run.paths());
        assertTrue(launch.pathBlocks() > 1, "several path blocks, so block sums are merged");

        double[] partials = launch(binary, batch, launch, run.seed());
        LegSums onKernel = new LegSums(batch.contracts());
        onKernel.mergeBlocks(0, partials, batch.contracts(), launch.pathBlocks());
        LegSums onJava = CpuBatchKernel.run(batch, run.seed(), run.paths());

        for (int c = 0; c < batch.contracts(); c++) {
            for (int leg = 0; leg < BookBatch.LEGS; leg++) {
                String what = "contract " + batch.contractId(c) + " leg " + leg;
                assertEquals(onJava.count(c, leg), onKernel.count(c, leg), what + " pairs");
                assertEquals(onJava.mean(c, leg), onKernel.mean(c, leg), 1e-9 * Fixtures.NOTIONAL, what + " mean");
                assertEquals(onJava.stdErr(c, leg), onKernel.stdErr(c, leg), 1e-6 * Fixtures.NOTIONAL, what + " stdErr");
            }
        }
        assertEquals(1501, onKernel.count(0, BookBatch.BASE));
    }

    private static Path compile() throws Exception {
        Path source = Path.of("src/test/cuda/book_mc_host.cpp").toAbsolutePath();
        Path out = Path.of("target/cuda-host").toAbsolutePath();
        Files.createDirectories(out);
        Path binary = out.resolve("book_mc_host");
        Process gcc = new ProcessBuilder("g++", "-std=c++20", "-O2", "-ffp-contract=off", "-pthread", "-o",
                binary.toString(), source.toString()).redirectErrorStream(true).start();
        String messages = new String(gcc.getInputStream().readAllBytes());
        assertTrue(gcc.waitFor(120, TimeUnit.SECONDS), "g++ finished");
        assertEquals(0, gcc.exitValue(), messages);
        return binary;
    }

    private static double[] launch(Path binary, BookBatch batch, BookKernelLaunch launch, long seed)
            throws IOException, InterruptedException {
        Process harness = new ProcessBuilder(binary.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = harness.getOutputStream()) {
            ByteBuffer header = little(4 * 4 + 2 * 8);
            header.putInt(batch.contracts()).putInt(launch.pathBlocks()).putInt(BookKernelLaunch.THREADS)
                    .putInt(launch.pairsPerThread()).putLong(launch.pairs()).putLong(seed);
            in.write(header.array());
            write(in, batch.legInts());
            write(in, batch.legDoubles());
            write(in, batch.stepLengths());
            write(in, batch.stepRoots());
            write(in, batch.eventSteps());
            write(in, batch.eventFlags());
            write(in, batch.eventAmounts());
        }
        byte[] bytes = harness.getInputStream().readAllBytes();
        assertTrue(harness.waitFor(120, TimeUnit.SECONDS), "harness finished");
        assertEquals(0, harness.exitValue());
        double[] partials = new double[(int) launch.partialDoubles(batch.contracts())];
        assertEquals(partials.length * 8, bytes.length);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(partials);
        return partials;
    }

    private static void write(OutputStream out, int[] values) throws IOException {
        ByteBuffer b = little(4 + 4 * values.length).putInt(values.length);
        Arrays.stream(values).forEach(b::putInt);
        out.write(b.array());
    }

    private static void write(OutputStream out, double[] values) throws IOException {
        ByteBuffer b = little(4 + 8 * values.length).putInt(values.length);
        Arrays.stream(values).forEach(b::putDouble);
        out.write(b.array());
    }

    private static ByteBuffer little(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}

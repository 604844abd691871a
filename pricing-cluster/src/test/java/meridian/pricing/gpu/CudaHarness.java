package meridian.pricing.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** Builds the g++ harnesses of src/test/cuda that run a kernel's CUDA source on the CPU. */
public final class CudaHarness {
    private CudaHarness() {
    }

    public static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** Compiles src/test/cuda/{harness}.cpp without fused multiply-adds (as nvcc -fmad=false) and returns it. */
    public static Path compile(String harness) throws Exception {
        Path source = Path.of("src/test/cuda/" + harness + ".cpp").toAbsolutePath();
        Path out = Path.of("target/cuda-host").toAbsolutePath();
        Files.createDirectories(out);
        Path binary = out.resolve(harness);
        Process gcc = new ProcessBuilder("g++", "-std=c++20", "-O2", "-ffp-contract=off", "-pthread", "-o",
                binary.toString(), source.toString()).redirectErrorStream(true).start();
        String messages = new String(gcc.getInputStream().readAllBytes());
        assertTrue(gcc.waitFor(120, TimeUnit.SECONDS), "g++ finished");
        assertEquals(0, gcc.exitValue(), messages);
        return binary;
    }

    public static ByteBuffer little(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** An array as the harnesses read it: its length, then its values, little-endian. */
    public static byte[] array(int[] values) {
        ByteBuffer b = little(4 + 4 * values.length).putInt(values.length);
        Arrays.stream(values).forEach(b::putInt);
        return b.array();
    }

    public static byte[] array(double[] values) {
        ByteBuffer b = little(4 + 8 * values.length).putInt(values.length);
        Arrays.stream(values).forEach(b::putDouble);
        return b.array();
    }
}

package meridian.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** On a 2-core machine a JVM that loads {@link Main} gets a common pool of two threads, not thread-per-task. */
class CommonPoolSizeTest {

    /** Loads {@link Main} (running its static initialiser), then prints the common pool's size. */
    public static void main(String[] args) throws Exception {
        Class.forName("meridian.api.Main");
        System.out.print(ForkJoinPool.getCommonPoolParallelism());
    }

    @Test
    void aTwoCoreJvmThatLoadsMainGetsTwoCommonPoolThreads() throws Exception {
        assertEquals("2", runWithProcessors(2));
    }

    @Test
    void aLargerMachineKeepsTheJvmDefault() throws Exception {
        assertEquals("7", runWithProcessors(8));
    }

    private static String runWithProcessors(int processors) throws Exception {
        Process java = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + processors,
                "-cp", System.getProperty("java.class.path"),
                CommonPoolSizeTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, java.waitFor(), out);
        return out;
    }
}

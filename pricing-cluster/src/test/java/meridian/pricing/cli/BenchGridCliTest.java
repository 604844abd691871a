package meridian.pricing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class BenchGridCliTest {
    @Test
    void aSmallBookGivesTheGridAndItsTimingLineAndAgreesWithTheCpu() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BenchGridCli.run(new String[] {"--contracts", "4", "--engine", "gpu", "--compare-cpu", "2"},
                new PrintStream(out), System.err);
        String[] lines = out.toString().trim().split("\n");
        assertEquals(0, status, out.toString());
        assertTrue(lines[0].startsWith("engine: "), lines[0]);
        assertTrue(out.toString().contains("pde contracts 4, left to MC 0"), out.toString());
        assertTrue(out.toString().contains(": agree"), out.toString());
        assertTrue(lines[lines.length - 1].matches("grid: 4 contracts, 41 x 11, engine (cpu|gpu), seconds [0-9.]+"),
                lines[lines.length - 1]);
    }

    @Test
    void badArgumentsExitWithTwoAndTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, BenchGridCli.run(new String[] {"--contracts", "4", "--engine", "tpu"}, System.out,
                new PrintStream(err)));
        assertTrue(err.toString().contains(BenchGridCli.USAGE));
    }
}

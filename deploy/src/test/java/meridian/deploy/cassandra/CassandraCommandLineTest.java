package meridian.deploy.cassandra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassandraCommandLineTest {

    private static final String QUICK_JIT_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void aSmallMachineRunsCassandraOnTheQuickJitAlone() throws IOException {
        List<String> command = CassandraCommandLine.build(settings(), dir.resolve("c.yaml"), dir.resolve("l.xml"), 2);

        assertTrue(command.contains(QUICK_JIT_ONLY), command::toString);
        assertEquals("org.apache.cassandra.service.CassandraDaemon", command.get(command.size() - 1));
    }

    @Test
    void aLargerMachineKeepsTheJvmsTieredJit() throws IOException {
        List<String> command = CassandraCommandLine.build(settings(), dir.resolve("c.yaml"), dir.resolve("l.xml"), 8);

        assertFalse(command.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), command::toString);
    }

    private CassandraSettings settings() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.createFile(lib.resolve("jamm-0.4.0.jar"));
        return new CassandraSettings(dir.resolve("data"), lib, "127.0.0.1", 9042, 7000, 7199, "256M", "1G");
    }
}
